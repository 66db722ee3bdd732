package org.switchboard.telephony.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptLibraryTest {

	@TempDir
	Path dataDir;

	@Test
	void shipsEveryBuiltInPromptInChineseAndEnglish() {
		PromptLibrary library = new PromptLibrary(this.dataDir, "zh");
		for (String language : new String[] { "zh", "en" }) {
			for (String name : new String[] { "welcome", "menu", "please-hold", "closed", "goodbye", "moh",
					"position-1", "position-10", "position-more" }) {
				assertThat(library.find(language, name)).as(language + "/" + name)
					.hasValueSatisfying((samples) -> assertThat(samples.length).isBetween(4000, 8000 * 7));
			}
		}
	}

	@Test
	void appendsTheQueuePositionPrompt() {
		PromptLibrary library = new PromptLibrary(this.dataDir, "en");

		assertThat(library.clips("please-hold", Map.of("position", "3"))).hasSize(2);
		assertThat(PromptLibrary.positionPrompt("3")).isEqualTo("position-3");
		assertThat(PromptLibrary.positionPrompt("42")).isEqualTo("position-more");
	}

	@Test
	void prefersAnAdminsUploadOverTheBuiltInPrompt() throws IOException {
		PromptLibrary library = new PromptLibrary(this.dataDir, "zh");

		library.store("zh", "welcome", wav(8000, 1, 800));

		assertThat(library.find("zh", "welcome")).hasValueSatisfying((s) -> assertThat(s).hasSize(800));
		assertThat(new PromptLibrary(this.dataDir, "zh").find("zh", "welcome"))
			.hasValueSatisfying((s) -> assertThat(s).hasSize(800));
	}

	@Test
	void refusesUploadsInTheWrongFormatOrWithUnsafeNames() {
		PromptLibrary library = new PromptLibrary(this.dataDir, "zh");

		assertThatThrownBy(() -> library.store("zh", "welcome", wav(16000, 1, 800))).hasMessageContaining("8000 Hz");
		assertThatThrownBy(() -> library.store("zh", "../etc", wav(8000, 1, 800))).hasMessageContaining("a-z");
		assertThat(library.find("..", "welcome")).isEmpty();
	}

	@Test
	void anotherLibraryOverTheSameDataDirectorySeesAnUploadAtOnce() throws IOException {
		PromptLibrary playing = new PromptLibrary(this.dataDir, "zh");
		short[] before = playing.find("zh", "welcome").orElseThrow();

		new PromptLibrary(this.dataDir, "zh").store("zh", "welcome", wav(8000, 1, 800));

		assertThat(playing.find("zh", "welcome")).hasValueSatisfying((s) -> assertThat(s).hasSize(800));
		assertThat(before).as("a clip already handed to a call is not changed").hasSizeGreaterThan(800);
	}

	@Test
	void aReplacedUploadIsSeenEvenWithTheSameSize() throws IOException {
		PromptLibrary playing = new PromptLibrary(this.dataDir, "en");
		PromptLibrary admin = new PromptLibrary(this.dataDir, "en");
		admin.store("en", "hello", wav(8000, 1, 800));
		assertThat(playing.find("en", "hello")).hasValueSatisfying((s) -> assertThat(s[0]).isZero());

		byte[] loud = wav(8000, 1, 800);
		loud[44] = 100;
		admin.store("en", "hello", loud);

		assertThat(playing.find("en", "hello")).hasValueSatisfying((s) -> assertThat(s[0]).isEqualTo((short) 100));
	}

	@Test
	void revertingAnUploadBringsBackTheBuiltInPrompt() throws IOException {
		PromptLibrary playing = new PromptLibrary(this.dataDir, "zh");
		PromptLibrary admin = new PromptLibrary(this.dataDir, "zh");
		admin.store("zh", "goodbye", wav(8000, 1, 800));
		assertThat(playing.find("zh", "goodbye")).hasValueSatisfying((s) -> assertThat(s).hasSize(800));

		assertThat(admin.revert("zh", "goodbye")).isTrue();

		assertThat(playing.find("zh", "goodbye")).hasValueSatisfying((s) -> assertThat(s.length).isGreaterThan(4000));
		assertThat(admin.revert("zh", "goodbye")).as("nothing left to revert").isFalse();
	}

	@Test
	void revertingANewNameRemovesThePrompt() throws IOException {
		PromptLibrary library = new PromptLibrary(this.dataDir, "en");
		library.store("en", "sales-menu", wav(8000, 1, 1600));
		assertThat(library.find("en", "sales-menu")).isPresent();

		library.revert("en", "sales-menu");

		assertThat(library.find("en", "sales-menu")).isEmpty();
		assertThat(library.wav("en", "sales-menu")).isEmpty();
	}

	@Test
	void listsEveryPromptWithItsSourceDurationAndSize() throws IOException {
		PromptLibrary library = new PromptLibrary(this.dataDir, "zh");
		library.store("en", "welcome", wav(8000, 1, 4000));
		library.store("zh", "sales-menu", wav(8000, 1, 16000));

		List<PromptLibrary.Prompt> prompts = library.list();

		assertThat(prompts).hasSize(2 * PromptLibrary.BUILT_IN_NAMES.size() + 1);
		assertThat(prompts).filteredOn((p) -> p.language().equals("en") && p.name().equals("welcome"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.uploaded()).isTrue();
				assertThat(p.builtIn()).isTrue();
				assertThat(p.sizeBytes()).isEqualTo(44 + 8000);
				assertThat(p.duration()).isEqualTo(Duration.ofMillis(500));
			});
		assertThat(prompts).filteredOn((p) -> p.name().equals("sales-menu"))
			.singleElement()
			.satisfies((p) -> assertThat(p.builtIn()).isFalse())
			.satisfies((p) -> assertThat(p.duration()).isEqualTo(Duration.ofSeconds(2)));
		assertThat(prompts).filteredOn((p) -> p.language().equals("zh") && p.name().equals("welcome"))
			.singleElement()
			.satisfies((p) -> assertThat(p.uploaded()).isFalse())
			.satisfies((p) -> assertThat(p.duration()).isPositive());
	}

	static byte[] wav(int rate, int channels, int samples) {
		ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples * channels).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x46464952).putInt(36 + 2 * samples * channels).putInt(0x45564157);
		b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels);
		b.putInt(rate).putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
		b.putInt(0x61746164).putInt(2 * samples * channels);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(b.array());
		return out.toByteArray();
	}

}
