package org.switchboard.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Port the server implements: receives the metadata of each finished recording. */
@FunctionalInterface
public interface RecordingStore {

	void recorded(Recording recording);

	/**
	 * A finished stereo recording (caller left, agent right).
	 *
	 * @param contactId the engine's contact id
	 * @param callId the caller leg's SIP Call-ID
	 * @param caller caller number
	 * @param agentId agent who talked
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

}
