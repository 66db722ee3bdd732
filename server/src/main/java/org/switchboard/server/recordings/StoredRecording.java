package org.switchboard.server.recordings;

import java.time.Instant;

/**
 * A recording's metadata as stored.
 *
 * @param id recording id
 * @param contactId the engine's contact id
 * @param callId the caller leg's SIP Call-ID
 * @param caller caller number
 * @param agentId job number of the agent who talked
 * @param queue queue the call came through, or {@code null}
 * @param filePath WAV path relative to the data directory
 * @param startedAt when the bridge began
 * @param durationMillis audio length in milliseconds
 * @param sizeBytes file size in bytes
 * @param sha256 lower-case hex SHA-256 of the file
 * @param deletedAt when the retention job deleted the audio, or {@code null}
 * @param kind {@code CALL} or {@code VOICEMAIL}
 * @param mailbox for a voicemail, the box it was left in ({@code agent:ID},
 * {@code queue:NAME} or a box name); otherwise {@code null}
 */
record StoredRecording(String id, String contactId, String callId, String caller, String agentId, String queue,
		String filePath, Instant startedAt, long durationMillis, long sizeBytes, String sha256, Instant deletedAt,
		String kind, String mailbox) {

	static final String CALL = "CALL";

	static final String VOICEMAIL = "VOICEMAIL";

	boolean deleted() {
		return this.deletedAt != null;
	}

}
