package org.switchboard.server.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.switchboard.server.api.ApiException;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/prompts} (CONFIGURE): list, one prompt, its audio (HTTP range requests, RFC
 * 9110 §14, answered with 206), upload by PUT of the WAV file, revert by DELETE.
 */
@RestController
@RequestMapping("/api/prompts")
@PreAuthorize("hasAuthority('PERM_CONFIGURE')")
@Tag(name = "Prompts", description = "The WAV prompts IVR flows and queues play: built-in (zh, en) and uploaded")
class PromptApiController {

	static final MediaType WAV = MediaType.parseMediaType("audio/wav");

	private final PromptService prompts;

	PromptApiController(PromptService prompts) {
		this.prompts = prompts;
	}

	@GetMapping
	@Operation(summary = "Every prompt per language, with its source (built-in or uploaded), duration, size, SHA-256")
	List<PromptView> list(@RequestParam(required = false) String language) {
		return this.prompts.list()
			.stream()
			.filter((prompt) -> language == null || prompt.language().equals(language))
			.toList();
	}

	@GetMapping("/{language}/{name}")
	@Operation(summary = "One prompt")
	PromptView get(@PathVariable String language, @PathVariable String name) {
		return this.prompts.find(language, name)
			.orElseThrow(() -> ApiException.notFound("prompts.error.notFound", language, name));
	}

	@GetMapping("/{language}/{name}/audio")
	@Operation(summary = "The WAV that plays (8 kHz mono 16-bit); answers Range requests with 206")
	ResponseEntity<Resource> audio(@PathVariable String language, @PathVariable String name) {
		byte[] wav = this.prompts.audio(language, name);
		return ResponseEntity.ok()
			.contentType(WAV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(language + "-" + name + ".wav").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new ByteArrayResource(wav));
	}

	@PutMapping("/{language}/{name}")
	@Operation(
			summary = "Upload a WAV as this prompt (new names allowed); other PCM rates and channel counts "
					+ "are converted to 8 kHz mono 16-bit; the answer says from what",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "audio/wav", schema = @Schema(type = "string", format = "binary"))))
	PromptService.Uploaded upload(@PathVariable String language, @PathVariable String name, HttpServletRequest request,
			Principal principal) throws IOException {
		long limit = this.prompts.maxUploadBytes();
		if (request.getContentLengthLong() > limit) {
			throw this.prompts.tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		if (body.length > limit) {
			throw this.prompts.tooLarge();
		}
		return this.prompts.upload(language, name, body, principal.getName());
	}

	@DeleteMapping("/{language}/{name}")
	@Operation(summary = "Remove the upload: the built-in prompt of that name plays again (204 if there is none)")
	ResponseEntity<PromptView> revert(@PathVariable String language, @PathVariable String name, Principal principal) {
		return this.prompts.revert(language, name, principal.getName())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
