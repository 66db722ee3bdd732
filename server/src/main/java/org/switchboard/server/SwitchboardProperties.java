package org.switchboard.server;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switchboard's own settings, bound from {@code switchboard.*} properties or the matching
 * environment variables (for example {@code SWITCHBOARD_DATA_DIR}).
 *
 * @param dataDir directory holding the embedded database, logs and other files; relative
 * paths are resolved against the working directory and must start with {@code ./}
 * @param security login and password rules
 * @param admin the administrator account created on first start
 */
@ConfigurationProperties("switchboard")
public record SwitchboardProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Security security,
		@DefaultValue Admin admin) {

	/**
	 * Login and password rules.
	 *
	 * @param lockout brute-force protection for logins
	 * @param password password policy
	 */
	public record Security(@DefaultValue Lockout lockout, @DefaultValue Password password) {
	}

	/**
	 * Brute-force protection: after {@code maxFailures} consecutive failed logins the
	 * account is locked for {@code duration}.
	 *
	 * @param maxFailures consecutive failed logins (count) that lock an account; default
	 * 5
	 * @param duration how long a locked account stays locked (ISO-8601 or {@code 15m});
	 * default 15 minutes
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration duration) {
	}

	/**
	 * Password policy.
	 *
	 * @param minLength minimum number of characters (count); default 8
	 */
	public record Password(@DefaultValue("8") int minLength) {
	}

	/**
	 * The first administrator, created when the database holds no administrator yet.
	 *
	 * @param jobNumber login of the first administrator; default {@code admin}
	 * @param password its initial password (environment variable
	 * {@code SWITCHBOARD_ADMIN_PASSWORD}); when empty a random one is generated and
	 * logged once
	 */
	public record Admin(@DefaultValue("admin") String jobNumber, String password) {
	}

}
