package org.switchboard.server.recordings;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.audit.AuditLog;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the audio of recordings older than {@code switchboard.recordings.retention} and
 * marks their rows deleted (the metadata stays), each audited as
 * {@code RECORDING_EXPIRED} by {@code system}.
 */
@Component
class RecordingRetention {

	static final String EXPIRED = "RECORDING_EXPIRED";

	private static final Logger log = LoggerFactory.getLogger(RecordingRetention.class);

	private final RecordingRepository repository;

	private final RecordingFiles files;

	private final AuditLog audit;

	private final RecordingsProperties properties;

	private final Clock clock;

	RecordingRetention(RecordingRepository repository, RecordingFiles files, AuditLog audit,
			RecordingsProperties properties, Clock clock) {
		this.repository = repository;
		this.files = files;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${switchboard.recordings.retention-cron:0 30 3 * * *}")
	void scheduled() {
		expire();
	}

	/** Expires what is due now; returns how many recordings were expired. */
	int expire() {
		if (this.properties.keepsForever()) {
			return 0;
		}
		Instant now = this.clock.instant();
		int expired = 0;
		for (StoredRecording recording : this.repository.startedBefore(now.minus(this.properties.retention()))) {
			try {
				Files.deleteIfExists(this.files.resolve(recording.filePath()));
			}
			catch (IOException ex) {
				log.warn("Recording {}: file {} could not be deleted, will retry: {}", recording.id(),
						recording.filePath(), ex.getMessage());
				continue;
			}
			this.repository.markDeleted(recording.id(), now);
			this.audit.recordEvent("system", EXPIRED, recording.id(), null);
			expired++;
		}
		if (expired > 0) {
			log.info("Retention {}: expired {} recordings", this.properties.retention(), expired);
		}
		return expired;
	}

}
