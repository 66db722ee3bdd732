package org.switchboard.server.desk;

import java.time.Instant;

/**
 * What the agent recorded at the end of a contact.
 *
 * @param contactId the contact
 * @param agentId the agent
 * @param callerNumber the caller's number, normalised
 * @param queue the queue the contact came from, or null
 * @param code the disposition code
 * @param summary free-text summary
 * @param createdAt when it was saved
 */
record Disposition(String contactId, String agentId, String callerNumber, String queue, String code, String summary,
		Instant createdAt) {
}
