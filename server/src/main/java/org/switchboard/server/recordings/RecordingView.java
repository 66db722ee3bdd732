package org.switchboard.server.recordings;

import java.time.Instant;

/**
 * A recording as the API and the page show it; the caller number is masked for users who
 * need not see it.
 *
 * @param id recording id
 * @param contactId the engine's contact id
 * @param callId the caller leg's SIP Call-ID
 * @param caller caller number, possibly masked (e.g. {@code 138****8000})
 * @param agentId job number of the agent who talked
 * @param queue queue the call came through, or {@code null}
 * @param startedAt when the bridge began
 * @param durationSeconds audio length in seconds
 * @param sizeBytes file size in bytes
 * @param sha256 lower-case hex SHA-256 of the file
 * @param deletedAt when the audio was deleted by retention, or {@code null}
 * @param audioUrl where to play it
 * @param kind {@code CALL} (caller left, agent right) or {@code VOICEMAIL} (the caller's
 * message, left)
 * @param mailbox for a voicemail, the box it was left in
 */
public record RecordingView(String id, String contactId, String callId, String caller, String agentId, String queue,
		Instant startedAt, double durationSeconds, long sizeBytes, String sha256, Instant deletedAt, String audioUrl,
		String kind, String mailbox) {

	static RecordingView of(StoredRecording stored, boolean showNumbers) {
		String caller = showNumbers ? stored.caller() : NumberMask.mask(stored.caller());
		return new RecordingView(stored.id(), stored.contactId(), stored.callId(), caller, stored.agentId(),
				stored.queue(), stored.startedAt(), stored.durationMillis() / 1000.0, stored.sizeBytes(),
				stored.sha256(), stored.deletedAt(), "/api/recordings/" + stored.id() + "/audio", stored.kind(),
				stored.mailbox());
	}

}
