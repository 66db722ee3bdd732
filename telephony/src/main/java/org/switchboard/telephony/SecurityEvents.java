package org.switchboard.telephony;

import java.time.Instant;

/** Port the server implements: receives authentication failures and bans. */
public interface SecurityEvents {

	/**
	 * A request carried credentials that did not verify (wrong password, unknown user).
	 */
	void authenticationFailed(String source, String user, String method);

	/**
	 * {@code source} sent too many failing requests and is ignored until {@code until}.
	 */
	void sourceBanned(String source, Instant until, int failures);

	/** A sink that drops everything, for tests and tools. */
	static SecurityEvents none() {
		return new SecurityEvents() {
			@Override
			public void authenticationFailed(String source, String user, String method) {
			}

			@Override
			public void sourceBanned(String source, Instant until, int failures) {
			}
		};
	}

}
