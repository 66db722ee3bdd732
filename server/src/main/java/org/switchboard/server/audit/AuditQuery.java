package org.switchboard.server.audit;

import java.time.Instant;

/**
 * A filter over the audit log; {@code null} fields do not filter.
 *
 * @param actor exact job number of the actor
 * @param action exact action name
 * @param target substring of the target
 * @param from inclusive lower bound of the time
 * @param to exclusive upper bound of the time
 * @param limit maximum entries returned (1–1000, default 200), newest first
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, Integer limit) {

	int effectiveLimit() {
		return (this.limit == null) ? 200 : Math.max(1, Math.min(1000, this.limit));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
