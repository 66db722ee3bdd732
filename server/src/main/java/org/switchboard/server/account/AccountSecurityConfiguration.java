package org.switchboard.server.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How Spring Security finds users and checks passwords. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	/**
	 * BCrypt (adaptive, salted) by default; the {@code {id}} prefix allows upgrading
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository repository, Clock clock) {
		return (jobNumber) -> repository.findUser(jobNumber)
			.map((stored) -> User.withUsername(stored.account().jobNumber())
				.password(stored.passwordHash())
				.disabled(!stored.account().enabled())
				.accountLocked(stored.account().lockedAt(clock.instant()))
				.authorities(authorities(stored.account().roles()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	/** Role and permission authorities of a set of roles. */
	static List<GrantedAuthority> authorities(Set<Role> roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
			permissions.addAll(role.permissions());
		}
		permissions.forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		return authorities;
	}

}
