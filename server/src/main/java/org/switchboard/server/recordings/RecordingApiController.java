package org.switchboard.server.recordings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/recordings}: list with filters (newest first), one recording's metadata,
 * and its audio with HTTP range requests (RFC 9110 §14: {@code Range} answered with 206
 * Partial Content) for playback, or as an attachment with {@code ?download=true}.
 */
@RestController
@RequestMapping("/api/recordings")
class RecordingApiController {

	static final MediaType WAV = MediaType.parseMediaType("audio/wav");

	private final RecordingAccess access;

	RecordingApiController(RecordingAccess access) {
		this.access = access;
	}

	@GetMapping
	List<RecordingView> list(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String number, @RequestParam(required = false) String agent,
			@RequestParam(required = false) String queue, @RequestParam(required = false) Integer minDuration,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String mailbox,
			Authentication user) {
		RecordingQuery query = new RecordingQuery(from, to, number, agent, queue, minDuration, limit, offset, kind,
				mailbox);
		return this.access.list(Viewer.of(user), query);
	}

	@GetMapping("/{id}")
	RecordingView get(@PathVariable String id, Authentication user, HttpServletRequest request) {
		return this.access.view(Viewer.of(user), id, request.getRemoteAddr());
	}

	/**
	 * The WAV; Spring answers a {@code Range} header on a {@link Resource} body with 206.
	 */
	@GetMapping("/{id}/audio")
	ResponseEntity<Resource> audio(@PathVariable String id, @RequestParam(defaultValue = "false") boolean download,
			Authentication user, HttpServletRequest request) {
		Path file = this.access.audio(Viewer.of(user), id, download, request.getRemoteAddr());
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename("recording-" + id + ".wav")
			.build();
		return ResponseEntity.ok()
			.contentType(WAV)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(file));
	}

}
