package org.switchboard.telephony.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds prompts by language and name: an admin's upload under
 * {@code <data-dir>/prompts/<lang>/<name>.wav} wins over the built-in set on the class
 * path ({@code prompts/<lang>/<name>.wav}). Built-in names: welcome, menu, please-hold,
 * position-1 … position-10, position-more, closed, goodbye, and moh (music on hold).
 * <p>
 * An upload, a replaced upload or a reverted one is seen by the next lookup, also by
 * another library over the same data directory (the upload file's identity, size and
 * modification time are checked on every lookup); calls already playing keep the samples
 * they were given.
 */
public final class PromptLibrary {

	private static final Logger log = LoggerFactory.getLogger(PromptLibrary.class);

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	/** Highest queue position with its own prompt; beyond it position-more plays. */
	static final int MAX_POSITION_PROMPT = 10;

	/** The languages of the built-in set. */
	public static final List<String> BUILT_IN_LANGUAGES = List.of("zh", "en");

	/** The names of the built-in set, in every built-in language. */
	public static final List<String> BUILT_IN_NAMES = Stream
		.concat(Stream.of("welcome", "menu", "please-hold", "closed", "goodbye", "moh", "position-more"),
				IntStream.rangeClosed(1, MAX_POSITION_PROMPT).mapToObj((n) -> "position-" + n))
		.toList();

	private static final Object BUILT_IN = "built-in";

	private final Path uploads;

	private final String defaultLanguage;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public PromptLibrary(Path dataDir, String defaultLanguage) {
		this.uploads = dataDir.resolve("prompts");
		this.defaultLanguage = defaultLanguage;
	}

	/**
	 * True if {@code name} is usable as a prompt name or language: a-z, 0-9, '-', '_'.
	 */
	public static boolean isSafeName(String name) {
		return name != null && SAFE_NAME.matcher(name).matches();
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
		if (!isSafeName(name) || !isSafeName(language)) {
			log.warn("Refusing prompt name '{}' in language '{}'", name, language);
			return Optional.empty();
		}
		String key = language + "/" + name;
		Object stamp = stamp(uploadFile(language, name));
		Cached cached = this.cache.get(key);
		if (cached != null && cached.stamp().equals(stamp)) {
			return Optional.of(cached.samples());
		}
		Optional<short[]> loaded = load(language, name, stamp);
		loaded.ifPresentOrElse((samples) -> this.cache.put(key, new Cached(stamp, samples)), () -> {
			this.cache.remove(key);
			log.warn("No prompt '{}' in language '{}'", name, language);
		});
		return loaded;
	}

	private Optional<short[]> load(String language, String name, Object stamp) {
		if (stamp != BUILT_IN) {
			try (InputStream in = Files.newInputStream(uploadFile(language, name))) {
				return Optional.of(Wav.read(in));
			}
			catch (IOException ex) {
				log.warn("Cannot read uploaded prompt {}/{} ({}); using the built-in one", language, name,
						ex.getMessage());
			}
		}
		try (InputStream in = builtIn(language, name)) {
			return (in != null) ? Optional.of(Wav.read(in)) : Optional.empty();
		}
		catch (IOException ex) {
			log.warn("Cannot read prompt {}/{}: {}", language, name, ex.getMessage());
			return Optional.empty();
		}
	}

	/** What identifies the current version of an upload, or {@link #BUILT_IN} if none. */
	private static Object stamp(Path upload) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(upload, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return BUILT_IN;
			}
			return List.of(Objects.requireNonNullElse(attributes.fileKey(), ""), attributes.size(),
					attributes.lastModifiedTime());
		}
		catch (NoSuchFileException ex) {
			return BUILT_IN;
		}
		catch (IOException ex) {
			log.warn("Cannot check prompt file {}: {}", upload, ex.getMessage());
			return BUILT_IN;
		}
	}

	private Path uploadFile(String language, String name) {
		return this.uploads.resolve(language).resolve(name + ".wav");
	}

	private static InputStream builtIn(String language, String name) {
		return PromptLibrary.class.getResourceAsStream("/prompts/" + language + "/" + name + ".wav");
	}

	/**
	 * Stores an admin's prompt after checking it is an 8 kHz mono 16-bit WAV; replaces
	 * the built-in prompt of the same name. The file is written next to its target and
	 * moved into place, so a lookup sees the old or the new prompt, never half of one.
	 */
	public void store(String language, String name, byte[] wav) throws IOException {
		requireSafe(language, name);
		short[] samples = Wav.read(new ByteArrayInputStream(wav));
		Path target = uploadFile(language, name);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), name, ".tmp");
		try {
			Files.write(temp, wav);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
		this.cache.put(language + "/" + name, new Cached(stamp(target), samples));
	}

	/**
	 * Removes an admin's upload, so the built-in prompt of that name (if any) plays
	 * again.
	 * @return whether there was an upload
	 */
	public boolean revert(String language, String name) throws IOException {
		requireSafe(language, name);
		boolean removed = Files.deleteIfExists(uploadFile(language, name));
		this.cache.remove(language + "/" + name);
		return removed;
	}

	/** The WAV file that plays for {@code name} in {@code language}, upload first. */
	public Optional<byte[]> wav(String language, String name) throws IOException {
		if (!isSafeName(language) || !isSafeName(name)) {
			return Optional.empty();
		}
		Path upload = uploadFile(language, name);
		if (Files.isRegularFile(upload)) {
			try {
				return Optional.of(Files.readAllBytes(upload));
			}
			catch (NoSuchFileException ex) {
				// reverted meanwhile: the built-in one plays now
			}
		}
		try (InputStream in = builtIn(language, name)) {
			return (in != null) ? Optional.of(in.readAllBytes()) : Optional.empty();
		}
	}

	/** The built-in WAV file of {@code name} in {@code language}, if the set has one. */
	public Optional<byte[]> builtInWav(String language, String name) throws IOException {
		if (!isSafeName(language) || !isSafeName(name)) {
			return Optional.empty();
		}
		try (InputStream in = builtIn(language, name)) {
			return (in != null) ? Optional.of(in.readAllBytes()) : Optional.empty();
		}
	}

	/**
	 * Every prompt there is: the built-in set in each built-in language and every upload,
	 * sorted by language and name; an upload replacing a built-in prompt is listed once.
	 */
	public List<Prompt> list() {
		TreeSet<String> keys = new TreeSet<>();
		BUILT_IN_LANGUAGES.forEach((language) -> BUILT_IN_NAMES.forEach((name) -> keys.add(language + "/" + name)));
		keys.addAll(uploadedKeys());
		List<Prompt> prompts = new ArrayList<>();
		for (String key : keys) {
			String language = key.substring(0, key.indexOf('/'));
			String name = key.substring(key.indexOf('/') + 1);
			describe(language, name).ifPresent(prompts::add);
		}
		prompts.sort(Comparator.comparing(Prompt::language).thenComparing(Prompt::name));
		return prompts;
	}

	/** One prompt's description, if it exists as an upload or built in. */
	public Optional<Prompt> describe(String language, String name) {
		try {
			Optional<byte[]> builtIn = builtInWav(language, name);
			Path upload = uploadFile(language, name);
			boolean uploaded = isSafeName(language) && isSafeName(name) && Files.isRegularFile(upload);
			Optional<byte[]> playing = uploaded ? Optional.of(Files.readAllBytes(upload)) : builtIn;
			return playing.map((bytes) -> new Prompt(language, name, uploaded, builtIn.isPresent(), bytes.length,
					duration(bytes)));
		}
		catch (IOException ex) {
			log.warn("Cannot describe prompt {}/{}: {}", language, name, ex.getMessage());
			return Optional.empty();
		}
	}

	private List<String> uploadedKeys() {
		List<String> keys = new ArrayList<>();
		if (!Files.isDirectory(this.uploads)) {
			return keys;
		}
		try (DirectoryStream<Path> languages = Files.newDirectoryStream(this.uploads, Files::isDirectory)) {
			for (Path language : languages) {
				try (DirectoryStream<Path> files = Files.newDirectoryStream(language, "*.wav")) {
					for (Path file : files) {
						String name = file.getFileName().toString().replaceFirst("\\.wav$", "");
						String lang = language.getFileName().toString();
						if (isSafeName(name) && isSafeName(lang)) {
							keys.add(lang + "/" + name);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

	private static Duration duration(byte[] wav) {
		try {
			return Duration.ofMillis(Wav.read(new ByteArrayInputStream(wav)).length * 1000L / Wav.RATE);
		}
		catch (IOException ex) {
			return Duration.ZERO;
		}
	}

	private static void requireSafe(String language, String name) throws IOException {
		if (!isSafeName(name) || !isSafeName(language)) {
			throw new IOException("prompt names and languages use a-z, 0-9, '-' and '_' only");
		}
	}

	/**
	 * A prompt in the library.
	 *
	 * @param language its language, e.g. {@code zh}
	 * @param name its name, e.g. {@code welcome}
	 * @param uploaded whether an admin's upload plays (rather than the built-in one)
	 * @param builtIn whether the built-in set has a prompt of this name (to revert to)
	 * @param sizeBytes the size of the WAV file that plays
	 * @param duration how long it plays
	 */
	public record Prompt(String language, String name, boolean uploaded, boolean builtIn, long sizeBytes,
			Duration duration) {
	}

	private record Cached(Object stamp, short[] samples) {
	}

}
