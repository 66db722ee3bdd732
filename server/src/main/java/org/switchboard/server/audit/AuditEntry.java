package org.switchboard.server.audit;

import java.time.Instant;

/**
 * One recorded fact.
 *
 * @param id globally unique id
 * @param occurredAt when it happened
 * @param actor job number of who did it ({@code null} if unknown)
 * @param action what happened, e.g. {@code LOGIN_FAILURE}, {@code USER_UPDATED}
 * @param target what it happened to, e.g. a job number or department code
 * @param sourceAddress the client's IP address, if it came over HTTP
 * @param before JSON of the state before the change, or {@code null}
 * @param after JSON of the state after the change, or {@code null}
 */
public record AuditEntry(String id, Instant occurredAt, String actor, String action, String target,
		String sourceAddress, String before, String after) {
}
