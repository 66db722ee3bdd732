package org.switchboard.server.recordings;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.RecordingStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Telephony's {@link RecordingStore} port: stores each finished recording's metadata,
 * once per contact and file, with the path relative to the data directory.
 */
@Component
class DatabaseRecordingStore implements RecordingStore {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRecordingStore.class);

	private final RecordingRepository repository;

	private final RecordingFiles files;

	private final Clock clock;

	DatabaseRecordingStore(RecordingRepository repository, RecordingFiles files, Clock clock) {
		this.repository = repository;
		this.files = files;
		this.clock = clock;
	}

	@Override
	public void recorded(Recording recording) {
		String path = this.files.relativize(recording.file());
		StoredRecording stored = new StoredRecording(UUID.randomUUID().toString(), recording.contactId(),
				recording.callId(), recording.caller(), recording.agentId(), recording.queue(), path, recording.start(),
				recording.duration().toMillis(), recording.sizeBytes(), recording.sha256(), null, StoredRecording.CALL,
				null);
		store(stored);
	}

	@Override
	public void voicemail(Voicemail message) {
		String path = this.files.relativize(message.file());
		String mailbox = message.mailbox();
		String agent = mailbox.startsWith("agent:") ? mailbox.substring("agent:".length()) : null;
		String queue = mailbox.startsWith("queue:") ? mailbox.substring("queue:".length()) : null;
		store(new StoredRecording(UUID.randomUUID().toString(), message.contactId(), message.callId(), message.caller(),
				agent, queue, path, message.start(), message.duration().toMillis(), message.sizeBytes(),
				message.sha256(), null, StoredRecording.VOICEMAIL, mailbox));
	}

	private void store(StoredRecording stored) {
		String path = stored.filePath();
		try {
			if (this.repository.insertIfAbsent(stored, this.clock.instant())) {
				log.info("Contact {}: {} recording {} stored ({} bytes, {} ms)", stored.contactId(), stored.kind(),
						path, stored.sizeBytes(), stored.durationMillis());
			}
			else {
				log.debug("Contact {}: recording {} was already stored", stored.contactId(), path);
			}
		}
		catch (DuplicateKeyException ex) {
			// Another node or thread stored the same file at the same moment.
			log.debug("Contact {}: recording {} was stored concurrently", stored.contactId(), path);
		}
	}

}
