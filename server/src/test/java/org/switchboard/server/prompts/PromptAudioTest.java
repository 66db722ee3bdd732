package org.switchboard.server.prompts;

import org.junit.jupiter.api.Test;
import org.switchboard.server.api.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PromptAudioTest {

	@Test
	void keepsATelephonyFormatWavByteForByte() {
		byte[] wav = TestWavs.tone(8000, 1, 440, 0.5);

		PromptAudio.Converted converted = PromptAudio.toTelephonyFormat(wav);

		assertThat(converted.wav()).isSameAs(wav);
		assertThat(converted.from()).isNull();
	}

	@Test
	void mixesDownAndResamplesA44kStereoToneKeepingPitchAndLength() {
		PromptAudio.Converted converted = PromptAudio.toTelephonyFormat(TestWavs.tone(44100, 2, 440, 2.0));

		short[] samples = TestWavs.samples(converted.wav());
		assertThat(converted.from()).isEqualTo("PCM 16-bit, 2 ch, 44100 Hz");
		assertThat(samples.length).isCloseTo(16000, within(2));
		assertThat(TestWavs.zeroCrossingsPerSecond(samples, 8000)).isCloseTo(880, within(5.0));
		assertThat(TestWavs.rms(samples)).as("level kept").isCloseTo(16000 / Math.sqrt(2), within(600.0));
	}

	@Test
	void filtersOutWhatTheTelephoneBandCannotCarryInsteadOfFoldingItBack() {
		short[] samples = TestWavs.samples(PromptAudio.toTelephonyFormat(TestWavs.tone(48000, 1, 6000, 1.0)).wav());

		assertThat(TestWavs.rms(samples)).as("a 6 kHz tone would alias to 2 kHz").isLessThan(200);
	}

	@Test
	void refusesWhatIsNotAWavOrNotPcmNamingTheFormat() {
		assertThatThrownBy(() -> PromptAudio.toTelephonyFormat("ID3 an mp3".getBytes()))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageCode()).isEqualTo("prompts.error.notWav");
			});
		assertThatThrownBy(() -> PromptAudio.toTelephonyFormat(TestWavs.silence(7, 8000, 1, 8, 800)))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.messageCode()).isEqualTo("prompts.error.format");
				assertThat(ex.args()).containsExactly("μ-law 8-bit, 1 ch, 8000 Hz");
			});
	}

}
