package org.switchboard.telephony.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds prompts by language and name: an admin's upload under
 * {@code <data-dir>/prompts/<lang>/<name>.wav} wins over the built-in set on the class
 * path ({@code prompts/<lang>/<name>.wav}). Built-in names: welcome, menu, please-hold,
 * position-1 … position-10, position-more, closed, goodbye, and moh (music on hold).
 */
public final class PromptLibrary {

	private static final Logger log = LoggerFactory.getLogger(PromptLibrary.class);

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	/** Highest queue position with its own prompt; beyond it position-more plays. */
	static final int MAX_POSITION_PROMPT = 10;

	private final Path uploads;

	private final String defaultLanguage;

	private final Map<String, short[]> cache = new ConcurrentHashMap<>();

	public PromptLibrary(Path dataDir, String defaultLanguage) {
		this.uploads = dataDir.resolve("prompts");
		this.defaultLanguage = defaultLanguage;
	}

	/**
	 * The clips to play for {@code prompt} with the engine's parameters: {@code lang}
	 * picks the language; {@code position} appends the queue-position prompt.
	 */
	public List<short[]> clips(String prompt, Map<String, String> parameters) {
		String language = parameters.getOrDefault("lang", this.defaultLanguage);
		List<short[]> clips = new ArrayList<>();
		if (prompt != null && !prompt.isBlank()) {
			find(language, prompt).ifPresent(clips::add);
		}
		String position = parameters.get("position");
		if (position != null) {
			find(language, positionPrompt(position)).ifPresent(clips::add);
		}
		return clips;
	}

	static String positionPrompt(String position) {
		try {
			int n = Integer.parseInt(position.trim());
			return (n >= 1 && n <= MAX_POSITION_PROMPT) ? "position-" + n : "position-more";
		}
		catch (NumberFormatException ex) {
			return "position-more";
		}
	}

	/** The music-on-hold loop in the default language. */
	public Optional<short[]> musicOnHold() {
		return find(this.defaultLanguage, "moh");
	}

	public Optional<short[]> find(String language, String name) {
		if (!SAFE_NAME.matcher(name).matches() || !SAFE_NAME.matcher(language).matches()) {
			log.warn("Refusing prompt name '{}' in language '{}'", name, language);
			return Optional.empty();
		}
		String key = language + "/" + name;
		short[] cached = this.cache.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<short[]> loaded = load(language, name);
		loaded.ifPresent((samples) -> this.cache.put(key, samples));
		if (loaded.isEmpty()) {
			log.warn("No prompt '{}' in language '{}'", name, language);
		}
		return loaded;
	}

	private Optional<short[]> load(String language, String name) {
		Path upload = this.uploads.resolve(language).resolve(name + ".wav");
		try {
			if (Files.isRegularFile(upload)) {
				try (InputStream in = Files.newInputStream(upload)) {
					return Optional.of(Wav.read(in));
				}
			}
			try (InputStream in = PromptLibrary.class.getResourceAsStream("/prompts/" + key(language, name))) {
				return (in != null) ? Optional.of(Wav.read(in)) : Optional.empty();
			}
		}
		catch (IOException ex) {
			log.warn("Cannot read prompt {}/{}: {}", language, name, ex.getMessage());
			return Optional.empty();
		}
	}

	private static String key(String language, String name) {
		return language + "/" + name + ".wav";
	}

	/**
	 * Stores an admin's prompt after checking it is an 8 kHz mono 16-bit WAV; replaces
	 * the built-in prompt of the same name.
	 */
	public void store(String language, String name, byte[] wav) throws IOException {
		if (!SAFE_NAME.matcher(name).matches() || !SAFE_NAME.matcher(language).matches()) {
			throw new IOException("prompt names and languages use a-z, 0-9, '-' and '_' only");
		}
		short[] samples = Wav.read(new ByteArrayInputStream(wav));
		Path target = this.uploads.resolve(language).resolve(name + ".wav");
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), name, ".tmp");
		Files.write(temp, wav);
		Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		this.cache.put(language + "/" + name, samples);
	}

}
