package org.switchboard.telephony.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
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
