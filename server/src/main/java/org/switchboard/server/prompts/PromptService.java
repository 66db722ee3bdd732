package org.switchboard.server.prompts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.server.api.ApiException;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.telephony.media.PromptLibrary;

import org.springframework.stereotype.Service;

/**
 * Lists, plays, uploads and reverts prompts; every upload and revert is audit-logged with
 * the size and SHA-256 of the file that played before and after.
 */
@Service
class PromptService {

	private final PromptLibrary library;

	private final PromptsProperties properties;

	private final AuditLog audit;

	PromptService(PromptLibrary library, PromptsProperties properties, AuditLog audit) {
		this.library = library;
		this.properties = properties;
		this.audit = audit;
	}

	List<PromptView> list() {
		return this.library.list().stream().map((prompt) -> view(prompt)).toList();
	}

	Optional<PromptView> find(String language, String name) {
		return PromptLibrary.isSafeName(language) && PromptLibrary.isSafeName(name)
				? this.library.describe(language, name).map(this::view) : Optional.empty();
	}

	/** The WAV that plays, or 404. */
	byte[] audio(String language, String name) {
		try {
			return this.library.wav(language, name)
				.orElseThrow(() -> ApiException.notFound("prompts.error.notFound", language, name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether {@code language}/{@code name} is an upload whose file has {@code sha256}.
	 */
	boolean hasUpload(String language, String name, String sha256) {
		return find(language, name).filter(PromptView::uploaded)
			.filter((prompt) -> sha256 == null || prompt.sha256().equalsIgnoreCase(sha256))
			.isPresent();
	}

	/** The uploads, as the configuration file lists them. */
	List<PromptView> uploads() {
		return list().stream().filter(PromptView::uploaded).toList();
	}

	/**
	 * Checks, converts if needed, and stores {@code upload} as
	 * {@code language}/{@code name}.
	 * @return the stored prompt and, if it was converted, what it was
	 */
	Uploaded upload(String language, String name, byte[] upload, String actor) {
		checkNames(language, name);
		if (upload == null || upload.length == 0) {
			throw ApiException.invalid("file", "prompts.error.empty");
		}
		if (upload.length > this.properties.maxUploadSize().toBytes()) {
			throw tooLarge();
		}
		PromptAudio.Converted converted = PromptAudio.toTelephonyFormat(upload);
		Optional<PromptView> before = find(language, name);
		try {
			this.library.store(language, name, converted.wav());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PromptView after = find(language, name).orElseThrow();
		this.audit.recordChange(actor, "PROMPT_UPLOADED", target(language, name),
				before.map(PromptService::facts).orElse(null), facts(after));
		return new Uploaded(after, converted.from());
	}

	ApiException tooLarge() {
		return ApiException.invalid("file", "prompts.error.tooLarge", this.properties.maxUploadSize().toMegabytes());
	}

	long maxUploadBytes() {
		return this.properties.maxUploadSize().toBytes();
	}

	/**
	 * Removes the upload of {@code language}/{@code name}.
	 * @return the built-in prompt that plays again, if any
	 */
	Optional<PromptView> revert(String language, String name, String actor) {
		checkNames(language, name);
		PromptView before = find(language, name).filter(PromptView::uploaded)
			.orElseThrow(() -> ApiException.notFound("prompts.error.noUpload", language, name));
		try {
			this.library.revert(language, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Optional<PromptView> after = find(language, name);
		this.audit.recordChange(actor, "PROMPT_REVERTED", target(language, name), facts(before),
				after.map(PromptService::facts).orElse(null));
		return after;
	}

	private static void checkNames(String language, String name) {
		if (!PromptLibrary.isSafeName(language)) {
			throw ApiException.invalid("language", "prompts.error.name");
		}
		if (!PromptLibrary.isSafeName(name)) {
			throw ApiException.invalid("name", "prompts.error.name");
		}
	}

	private PromptView view(PromptLibrary.Prompt prompt) {
		return PromptView.of(prompt, sha256(audio(prompt.language(), prompt.name())));
	}

	private static String target(String language, String name) {
		return "prompt " + language + "/" + name;
	}

	private static Map<String, Object> facts(PromptView prompt) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("source", prompt.source());
		facts.put("sizeBytes", prompt.sizeBytes());
		facts.put("sha256", prompt.sha256());
		return facts;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An upload's outcome.
	 *
	 * @param prompt the prompt as it plays now
	 * @param convertedFrom the uploaded format if it was converted, or {@code null}
	 */
	record Uploaded(PromptView prompt, String convertedFrom) {
	}

}
