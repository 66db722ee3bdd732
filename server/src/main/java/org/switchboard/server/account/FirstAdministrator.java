package org.switchboard.server.account;

import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.SwitchboardProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when the database has none, with the configured
 * password or a generated one that is logged once.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository repository;

	private final AccountService accounts;

	private final PasswordEncoder passwordEncoder;

	private final SwitchboardProperties.Admin admin;

	private final int minLength;

	private final Clock clock;

	FirstAdministrator(AccountRepository repository, AccountService accounts, PasswordEncoder passwordEncoder,
			SwitchboardProperties properties, Clock clock) {
		this.clock = clock;
		this.repository = repository;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.admin = properties.admin();
		this.minLength = properties.security().password().minLength();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.repository.countUsersWithRole(Role.ADMIN) > 0
				|| this.repository.findUser(this.admin.jobNumber()).isPresent()) {
			return;
		}
		String configured = this.admin.password();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? AccountService.randomSecret(12) : configured;
		UserSpec spec = new UserSpec(this.admin.jobNumber(), "Administrator", null, EnumSet.of(Role.ADMIN), true);
		this.accounts.upsertUser(spec, null, "system");
		String id = this.repository.findUser(spec.jobNumber()).orElseThrow().account().id();
		boolean tooShort = password.length() < this.minLength;
		this.repository.updatePassword(id, this.passwordEncoder.encode(password), generated || tooShort,
				this.clock.instant());
		if (generated) {
			log.warn("Created administrator '{}' with generated password: {}  (shown once; change it at first login)",
					spec.jobNumber(), password);
		}
		else {
			log.info("Created administrator '{}' with the password from SWITCHBOARD_ADMIN_PASSWORD", spec.jobNumber());
			if (tooShort) {
				log.warn("SWITCHBOARD_ADMIN_PASSWORD is shorter than {} characters; it must be changed at first login",
						this.minLength);
			}
		}
	}

}
