package org.switchboard.server.prompts;

import org.switchboard.telephony.media.PromptLibrary.Prompt;

/**
 * A prompt as the API and the admin page show it.
 *
 * @param language its language, e.g. {@code zh}
 * @param name its name, as IVR flows refer to it
 * @param source {@code uploaded} or {@code built-in}: which file plays
 * @param builtIn whether the built-in set has this prompt (a revert goes back to it)
 * @param sizeBytes size of the WAV file that plays
 * @param durationMillis how long it plays
 * @param sha256 SHA-256 of the WAV file that plays, hex
 * @param audio where to fetch the WAV (supports HTTP range requests)
 */
public record PromptView(String language, String name, String source, boolean builtIn, long sizeBytes,
		long durationMillis, String sha256, String audio) {

	static final String UPLOADED = "uploaded";

	static final String BUILT_IN = "built-in";

	static PromptView of(Prompt prompt, String sha256) {
		return new PromptView(prompt.language(), prompt.name(), prompt.uploaded() ? UPLOADED : BUILT_IN,
				prompt.builtIn(), prompt.sizeBytes(), prompt.duration().toMillis(), sha256,
				"/api/prompts/" + prompt.language() + "/" + prompt.name() + "/audio");
	}

	public boolean uploaded() {
		return UPLOADED.equals(this.source);
	}

	/** Seconds with one decimal, for the page. */
	public String seconds() {
		return String.format(java.util.Locale.ROOT, "%.1f", this.durationMillis / 1000.0);
	}

}
