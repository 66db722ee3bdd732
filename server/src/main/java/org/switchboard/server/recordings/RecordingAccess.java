package org.switchboard.server.recordings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Reads recordings on behalf of a {@link Viewer}: restricts agents to their own, masks
 * numbers, finds the audio file and audits every single-recording access.
 */
@Service
public class RecordingAccess {

	static final String VIEWED = "RECORDING_VIEWED";

	static final String PLAYED = "RECORDING_PLAYED";

	static final String DOWNLOADED = "RECORDING_DOWNLOADED";

	private static final Logger log = LoggerFactory.getLogger(RecordingAccess.class);

	private final RecordingRepository repository;

	private final RecordingFiles files;

	private final AuditLog audit;

	RecordingAccess(RecordingRepository repository, RecordingFiles files, AuditLog audit) {
		this.repository = repository;
		this.files = files;
		this.audit = audit;
	}

	List<RecordingView> list(Viewer viewer, RecordingQuery query) {
		RecordingQuery visible = viewer.seesAll() ? query : query.withAgent(viewer.jobNumber());
		return this.repository.find(visible)
			.stream()
			.map((stored) -> RecordingView.of(stored, viewer.seesNumbers()))
			.toList();
	}

	RecordingView view(Viewer viewer, String id, String sourceAddress) {
		StoredRecording stored = visible(viewer, id);
		this.audit.recordEvent(viewer.jobNumber(), VIEWED, id, sourceAddress);
		return RecordingView.of(stored, viewer.seesNumbers());
	}

	/**
	 * The audio file of a recording the viewer may hear, audited as played or downloaded.
	 * @throws ApiException 404 unknown or not theirs, 410 audio deleted or missing, 409
	 * when a download's SHA-256 no longer matches
	 */
	Path audio(Viewer viewer, String id, boolean download, String sourceAddress) {
		StoredRecording stored = visible(viewer, id);
		this.audit.recordEvent(viewer.jobNumber(), download ? DOWNLOADED : PLAYED, id, sourceAddress);
		if (stored.deleted()) {
			throw new ApiException(HttpStatus.GONE, null, "recording.expired", id, stored.deletedAt());
		}
		Path file = this.files.resolve(stored.filePath());
		if (!Files.isReadable(file)) {
			log.warn("Recording {}: file {} is missing", id, stored.filePath());
			throw new ApiException(HttpStatus.GONE, null, "recording.fileMissing", id);
		}
		if (download && !stored.sha256().equalsIgnoreCase(sha256(file))) {
			log.error("Recording {}: file {} does not match its stored SHA-256", id, stored.filePath());
			throw new ApiException(HttpStatus.CONFLICT, null, "recording.tampered", id);
		}
		return file;
	}

	/**
	 * Where {@code user} can play the call recording of each of {@code contactIds} they
	 * may see (for the desk's last contacts); contacts without one are left out.
	 */
	public Map<String, String> audioUrls(Authentication user, Collection<String> contactIds) {
		Viewer viewer = Viewer.of(user);
		Map<String, String> urls = new LinkedHashMap<>();
		for (String contactId : contactIds) {
			this.repository.findByContact(contactId)
				.stream()
				.filter((stored) -> StoredRecording.CALL.equals(stored.kind()) && !stored.deleted())
				.filter(viewer::maySee)
				.findFirst()
				.ifPresent((stored) -> urls.put(contactId, RecordingView.of(stored, false).audioUrl()));
		}
		return urls;
	}

	private StoredRecording visible(Viewer viewer, String id) {
		return this.repository.find(id)
			.filter(viewer::maySee)
			.orElseThrow(() -> ApiException.notFound("recording.notFound", id));
	}

	static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new ApiException(HttpStatus.GONE, null, "recording.fileMissing", file.getFileName());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
