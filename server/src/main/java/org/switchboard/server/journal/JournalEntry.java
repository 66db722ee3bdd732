package org.switchboard.server.journal;

import java.time.Instant;

/**
 * One stored journal row: an engine event with its identity columns pulled out for
 * queries and the whole event as JSON.
 *
 * @param id globally unique id
 * @param engineId the engine instance that recorded it
 * @param seq its position among that engine's events
 * @param type the event type, e.g. {@code CONTACT_ANSWERED}
 * @param occurredAt when it happened, by the engine's clock
 * @param contactId the contact it concerns, or null
 * @param agentId the agent it concerns, or null
 * @param queue the queue it concerns, or null
 * @param payload the event as JSON
 */
public record JournalEntry(String id, String engineId, long seq, String type, Instant occurredAt, String contactId,
		String agentId, String queue, String payload) {
}
