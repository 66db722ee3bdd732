package org.switchboard.server.account;

import java.nio.charset.StandardCharsets;

import org.switchboard.server.SwitchboardProperties;
import org.switchboard.server.api.ApiException;

import org.springframework.stereotype.Component;

/** The rules a new password must meet. */
@Component
class PasswordPolicy {

	/**
	 * BCrypt only looks at the first 72 bytes; longer passwords would be silently cut.
	 */
	static final int MAX_BYTES = 72;

	private final int minLength;

	PasswordPolicy(SwitchboardProperties properties) {
		this.minLength = properties.security().password().minLength();
	}

	int minLength() {
		return this.minLength;
	}

	/**
	 * Checks a new password for {@code jobNumber}.
	 * @throws ApiException 400 on field {@code field} naming the broken rule
	 */
	void check(String field, String password, String jobNumber) {
		if (password == null || password.codePointCount(0, password.length()) < this.minLength) {
			throw ApiException.invalid(field, "password.tooShort", this.minLength);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw ApiException.invalid(field, "password.tooLong", MAX_BYTES);
		}
		if (password.equalsIgnoreCase(jobNumber)) {
			throw ApiException.invalid(field, "password.sameAsLogin");
		}
	}

}
