package org.switchboard.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Port the server implements: receives the metadata of each finished recording. */
@FunctionalInterface
public interface RecordingStore {

	void recorded(Recording recording);

	/**
	 * Receives a finished voicemail message; stores that only log it need not override.
	 */
	default void voicemail(Voicemail message) {
		org.slf4j.LoggerFactory.getLogger(RecordingStore.class)
			.info("Contact {}: voicemail {} for {} ({}, {} bytes) not indexed", message.contactId(), message.file(),
					message.mailbox(), message.duration(), message.sizeBytes());
	}

	/**
	 * A finished stereo recording (caller left, agent right).
	 *
	 * @param contactId the engine's contact id
	 * @param callId the caller leg's SIP Call-ID
	 * @param caller caller number
	 * @param agentId agent who talked (job number), or {@code extension:NUMBER} for a
	 * call the engine transferred to an internal extension that answered
	 * @param queue queue the call came through, null when unknown
	 * @param file path of the WAV file under the data directory
	 * @param start when the bridge began
	 * @param duration audio length
	 * @param sizeBytes file size
	 * @param sha256 lower-case hex SHA-256 of the whole file
	 */
	record Recording(String contactId, String callId, String caller, String agentId, String queue, Path file,
			Instant start, Duration duration, long sizeBytes, String sha256) {
	}

	/**
	 * A voicemail message: the caller alone, on the left channel of a stereo WAV like the
	 * call recordings.
	 *
	 * @param contactId the engine's contact id
	 * @param callId the caller leg's SIP Call-ID
	 * @param caller caller number
	 * @param mailbox the box ({@code agent:ID}, {@code queue:NAME} or a box name)
	 * @param file path of the WAV file under the data directory
	 * @param start when the message began (after the tone)
	 * @param duration audio length
	 * @param sizeBytes file size
	 * @param sha256 lower-case hex SHA-256 of the whole file
	 */
	record Voicemail(String contactId, String callId, String caller, String mailbox, Path file, Instant start,
			Duration duration, long sizeBytes, String sha256) {
	}

}
