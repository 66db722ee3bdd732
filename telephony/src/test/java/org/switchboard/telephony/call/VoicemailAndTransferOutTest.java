package org.switchboard.telephony.call;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.media.StereoWavRecorder;
import org.switchboard.telephony.testphone.Audio;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * The engine's voicemail and transfer-out actions on a real SIP call: a message is
 * recorded after the prompt and the tone and stored as a voicemail; without an outbound
 * route a transfer tells the caller and ends the call instead of leaving them in silence.
 */
class VoicemailAndTransferOutTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	ScriptedEngine engine;

	List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = TelephonyFixture.start(this.dataDir);
		this.engine = this.server.scriptedEngine(List.of("a1"), Duration.ofSeconds(2));
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.server.close();
	}

	TestCall call(String number) throws Exception {
		TestPhone phone = TestPhone.start("5550100", "none", this.server.port());
		this.phones.add(phone);
		return phone.call(number, false);
	}

	/** Samples of the named prompts, as the server plays them. */
	int samples(String... prompts) {
		int n = 0;
		for (String prompt : prompts) {
			n += this.server.telephony.prompts().clips(prompt, Map.of()).stream().mapToInt((c) -> c.length).sum();
		}
		return n;
	}

	@Test
	void recordsTheCallersMessageAfterTheToneUntilPoundAndStoresItAsVoicemail() throws Exception {
		TestCall call = call("803");
		call.rtp().tone(440);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		int greeting = samples("voicemail", "beep");
		assertThat(eventually(WAIT, () -> call.rtp().heardCount() >= greeting)).as("prompt and tone heard").isTrue();

		Thread.sleep(2500);
		call.dtmf('#');

		assertThat(call.awaitEvent("BYE", WAIT)).as("released after 'message saved'").isTrue();
		assertThat(call.rtp().heardCount()).isGreaterThanOrEqualTo(greeting + samples("message-saved") - 800);
		assertThat(eventually(WAIT, () -> !this.server.voicemails.isEmpty())).isTrue();
		RecordingStore.Voicemail message = this.server.voicemails.get(0);
		assertThat(message.mailbox()).isEqualTo("queue:sales");
		assertThat(message.caller()).isEqualTo("5550100");
		assertThat(message.file()).startsWith(this.dataDir.resolve("recordings"));
		assertThat(message.file().getFileName().toString()).endsWith("-voicemail.wav");
		assertThat(message.duration()).isBetween(Duration.ofMillis(1800), Duration.ofMillis(3500));
		assertThat(message.sizeBytes()).isEqualTo(Files.size(message.file()));
		assertThat(message.sha256()).isEqualTo(StereoWavRecorder.sha256(message.file()));
		assertThat(Audio.channel(message.file(), 0).frequencyBeforeEnd(1.5, 0.3)).isCloseTo(440, Offset.offset(30.0));
		assertThat(this.server.recordings).as("no call recording").isEmpty();
	}

	@Test
	void keepsTheMessageWhenTheCallerHangsUpInsteadOfPressingPound() throws Exception {
		TestCall call = call("803");
		call.rtp().tone(660);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		int greeting = samples("voicemail", "beep");
		assertThat(eventually(WAIT, () -> call.rtp().heardCount() >= greeting)).isTrue();
		Thread.sleep(2000);

		call.hangUp();

		assertThat(eventually(WAIT, () -> !this.server.voicemails.isEmpty())).isTrue();
		RecordingStore.Voicemail message = this.server.voicemails.get(0);
		assertThat(message.duration()).isGreaterThan(Duration.ofMillis(1500));
		assertThat(Audio.channel(message.file(), 0).frequencyBeforeEnd(1.2, 0.2)).isCloseTo(660, Offset.offset(30.0));
	}

	@Test
	void dropsAMessageShorterThanASecond() throws Exception {
		TestCall call = call("803");
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		int greeting = samples("voicemail", "beep");
		assertThat(eventually(WAIT, () -> call.rtp().heardCount() >= greeting)).isTrue();

		call.hangUp();

		assertThat(eventually(Duration.ofSeconds(2), () -> !this.server.voicemails.isEmpty())).isFalse();
		assertThat(eventually(WAIT, () -> this.server.telephony.stats().recordingsInProgress() == 0)).isTrue();
		assertThat(this.server.telephony.stats().openRtpEndpoints()).isZero();
	}

	@Test
	void transferOutWithoutAnOutboundRouteTellsTheCallerAndEndsTheCall() throws Exception {
		TestCall call = call("804");

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();

		assertThat(call.rtp().heardCount()).isGreaterThanOrEqualTo(samples("unavailable") - 800);
		assertThat(this.server.recordings).isEmpty();
		assertThat(this.server.voicemails).isEmpty();
	}

}
