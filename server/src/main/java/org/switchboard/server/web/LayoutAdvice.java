package org.switchboard.server.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.UserAccount;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page's model for the shared layout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final AccountService accounts;

	LayoutAdvice(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("me")
	CurrentUser me(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		String name = this.accounts.findUser(authentication.getName())
			.map(UserAccount::displayName)
			.orElse(authentication.getName());
		return new CurrentUser(authentication.getName(), name, authorities);
	}

}
