package org.switchboard.server.recordings;

import java.time.Instant;

/**
 * Filters for the recordings list; {@code null} means "any".
 *
 * @param from earliest start (inclusive)
 * @param to latest start (exclusive)
 * @param number part of the caller number
 * @param agent agent job number (exact)
 * @param queue queue name (exact)
 * @param minDurationSeconds shortest audio length in seconds
 * @param limit page size (1–500, default 50)
 * @param offset rows to skip (default 0)
 * @param kind {@code CALL} or {@code VOICEMAIL} (any case)
 * @param mailbox voicemail box (exact)
 */
record RecordingQuery(Instant from, Instant to, String number, String agent, String queue, Integer minDurationSeconds,
		Integer limit, Integer offset, String kind, String mailbox) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	RecordingQuery withAgent(String agentId) {
		return new RecordingQuery(this.from, this.to, this.number, agentId, this.queue, this.minDurationSeconds,
				this.limit, this.offset, this.kind, this.mailbox);
	}

	int effectiveLimit() {
		return (this.limit == null) ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, this.limit));
	}

	int effectiveOffset() {
		return (this.offset == null) ? 0 : Math.max(0, this.offset);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
