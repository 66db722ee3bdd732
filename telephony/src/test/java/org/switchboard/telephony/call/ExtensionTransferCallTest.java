package org.switchboard.telephony.call;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sip.message.Response;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;
import org.switchboard.telephony.media.StereoWavRecorder;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;
import org.switchboard.telephony.testphone.Tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * {@link Action.TransferExtension} on real SIP: route 805 goes to {@code extension:1002},
 * whose phones ring for the default ring timeout (here {@link #RING_TIMEOUT}); the first
 * to answer is bridged and recorded by telephony alone, and the engine hears nothing of
 * the extension's legs. Unregistered, unanswered or busy: the caller hears "unavailable"
 * and is released. Nothing is left open afterwards.
 */
class ExtensionTransferCallTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final Duration RING_TIMEOUT = Duration.ofSeconds(3);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	ScriptedEngine engine;

	final List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = new TelephonyFixture(this.dataDir, Clock.systemUTC(),
				SipSettings.defaults().withDefaultRingTimeout(RING_TIMEOUT), 40);
		this.engine = this.server.scriptedEngine(List.of("a1"), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.server.close();
	}

	@Test
	void extensionRingsAnswersAndIsBridgedWithAudioBothWaysAndOneRecording() throws Exception {
		TestPhone extension = extensionPhone(TestPhone.Answer.ANSWER);
		TestCall call = caller().call("805", false);
		call.rtp().tone(440);

		TestCall extensionSide = extension.awaitIncoming(WAIT);
		assertThat(extensionSide).as("the extension rings").isNotNull();
		extensionSide.rtp().tone(880);
		assertThat(statusesUntilFinal(call)).as("ringing, then answered").contains(Response.RINGING).endsWith(200);
		assertThat(eventually(WAIT,
				() -> call.rtp().heardCount() > 8000 * 2 && Math.abs(call.rtp().recentFrequency(4000) - 880) < 40
						&& Math.abs(extensionSide.rtp().recentFrequency(4000) - 440) < 40))
			.as("caller hears %s Hz, extension hears %s Hz", call.rtp().recentFrequency(4000),
					extensionSide.rtp().recentFrequency(4000))
			.isTrue();
		assertThat(extensionSide.number()).isEqualTo("5550100");

		extensionSide.hangUp();

		assertThat(call.awaitEvent("BYE", WAIT)).as("the extension's BYE ends the caller too").isTrue();
		assertReleased();
		assertThat(this.server.recordings).hasSize(1);
		RecordingStore.Recording recording = this.server.recordings.get(0);
		assertThat(recording.agentId()).isEqualTo("extension:1002");
		assertThat(recording.queue()).isNull();
		assertThat(recording.caller()).isEqualTo("5550100");
		assertThat(recording.sizeBytes()).isEqualTo(Files.size(recording.file()));
		assertThat(recording.sha256()).isEqualTo(StereoWavRecorder.sha256(recording.file()));
		short[][] channels = B2buaTest.stereo(recording.file());
		int n = channels[0].length;
		assertThat(Tone.frequency(channels[0], n / 4, n - 800)).as("caller left").isCloseTo(440, Offset.offset(30.0));
		assertThat(Tone.frequency(channels[1], n / 4, n - 800)).as("extension right")
			.isCloseTo(880, Offset.offset(30.0));
		assertThat(this.server.inputs).as("the engine hears nothing of the extension's legs")
			.noneMatch((input) -> input instanceof Input.AgentAnswered || input instanceof Input.AgentHungUp
					|| input instanceof Input.AgentRingFailed || input instanceof Input.CallerHungUp);
	}

	@Test
	void callerHangingUpABridgedExtensionCallEndsTheExtensionLeg() throws Exception {
		TestPhone extension = extensionPhone(TestPhone.Answer.ANSWER);
		TestCall call = caller().call("805", false);
		TestCall extensionSide = extension.awaitIncoming(WAIT);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> stats().recordingsInProgress() == 1)).isTrue();

		call.hangUp();

		assertThat(extensionSide.awaitEvent("BYE", WAIT)).isTrue();
		assertReleased();
		assertThat(this.server.recordings).hasSize(1);
	}

	@Test
	void everyRegisteredPhoneOfTheExtensionRingsAndTheOthersAreCancelledWhenOneAnswers() throws Exception {
		TestPhone desk = extensionPhone(TestPhone.Answer.IGNORE);
		TestPhone softphone = extensionPhone(TestPhone.Answer.ANSWER);
		TestCall call = caller().call("805", false);

		TestCall ringingDesk = desk.awaitIncoming(WAIT);
		assertThat(softphone.awaitIncoming(WAIT)).isNotNull();

		assertThat(ringingDesk.awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> stats().recordingsInProgress() == 1)).isTrue();
		call.hangUp();
		assertReleased();
	}

	@Test
	void extensionWithoutRegisteredPhoneTellsTheCallerUnavailableAndHangsUp() throws Exception {
		TestCall call = caller().call("805", false);

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();

		assertThat(call.rtp().heardCount()).isGreaterThanOrEqualTo(samples("unavailable") - 800);
		assertReleased();
		assertThat(this.server.recordings).isEmpty();
	}

	@Test
	void extensionNotAnsweringWithinTheDefaultRingTimeoutTellsTheCallerUnavailable() throws Exception {
		TestPhone extension = extensionPhone(TestPhone.Answer.IGNORE);
		TestCall call = caller().call("805", false);
		TestCall ringing = extension.awaitIncoming(WAIT);
		long rang = System.nanoTime();

		assertThat(ringing.awaitEvent("CANCEL", WAIT)).as("the ring timeout cancels the phone").isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - rang)).isGreaterThan(RING_TIMEOUT.minusMillis(300));
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();

		assertThat(call.rtp().heardCount()).isGreaterThanOrEqualTo(samples("unavailable") - 800);
		assertReleased();
		assertThat(this.server.recordings).isEmpty();
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).isEmpty();
	}

	@Test
	void busyExtensionTellsTheCallerUnavailable() throws Exception {
		extensionPhone(TestPhone.Answer.REJECT);
		TestCall call = caller().call("805", false);

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();

		assertThat(call.rtp().heardCount()).isGreaterThanOrEqualTo(samples("unavailable") - 800);
		assertReleased();
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).isEmpty();
	}

	@Test
	void callerCancellingWhileTheExtensionRingsCancelsThePhone() throws Exception {
		TestPhone extension = extensionPhone(TestPhone.Answer.IGNORE);
		TestCall call = caller().call("805", false);
		TestCall ringing = extension.awaitIncoming(WAIT);
		assertThat(stats().openRtpEndpoints()).isEqualTo(2);
		assertThat(stats().pendingTimers()).as("the ring timer").isPositive();

		call.cancel();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(Response.REQUEST_TERMINATED);
		assertThat(ringing.awaitEvent("CANCEL", WAIT)).isTrue();
		assertReleased();
		assertThat(this.server.recordings).isEmpty();
	}

	@Test
	void callerAnsweredByTheIvrHearsMusicWhileTheExtensionRingsThenIsBridged() throws Exception {
		TestPhone extension = extensionPhone(TestPhone.Answer.IGNORE);
		TestCall call = caller().call("800", false);
		call.rtp().tone(440);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.ContactArrives.class).isEmpty())).isTrue();
		String contactId = this.server.inputs(Input.ContactArrives.class).get(0).contactId();

		this.server.telephony.execute(new Action.TransferExtension(contactId, "1002"));

		TestCall ringing = extension.awaitIncoming(WAIT);
		assertThat(ringing).isNotNull();
		int heard = call.rtp().heardCount();
		assertThat(
				eventually(WAIT, () -> call.rtp().heardCount() > heard + 4000 && call.rtp().recentFrequency(800) > 0))
			.as("music on hold while it rings")
			.isTrue();
		ringing.answer();
		ringing.rtp().tone(880);
		assertThat(eventually(WAIT, () -> Math.abs(call.rtp().recentFrequency(4000) - 880) < 40
				&& Math.abs(ringing.rtp().recentFrequency(4000) - 440) < 40))
			.isTrue();

		call.hangUp();

		assertThat(ringing.awaitEvent("BYE", WAIT)).isTrue();
		assertReleased();
		assertThat(this.server.recordings).singleElement()
			.satisfies((recording) -> assertThat(recording.agentId()).isEqualTo("extension:1002"));
		assertThat(this.server.inputs(Input.DigitsCollected.class)).as("the menu's collection was stopped").isEmpty();
	}

	private List<Integer> statusesUntilFinal(TestCall call) throws InterruptedException {
		List<Integer> statuses = new ArrayList<>();
		Response response;
		do {
			response = call.awaitResponse(WAIT, true);
			assertThat(response).as("a response after %s", statuses).isNotNull();
			statuses.add(response.getStatusCode());
		}
		while (response.getStatusCode() < 200);
		return statuses;
	}

	private void assertReleased() throws InterruptedException {
		assertThat(eventually(WAIT, () -> ConcurrentRecordedCallsTest.released(stats()))).as("released: %s", stats())
			.isTrue();
		assertThat(this.server.telephony.liveContacts()).isEmpty();
	}

	private int samples(String prompt) {
		return this.server.telephony.prompts().clips(prompt, Map.of()).stream().mapToInt((c) -> c.length).sum();
	}

	private Telephony.Stats stats() {
		return this.server.telephony.stats();
	}

	private TestPhone extensionPhone(TestPhone.Answer mode) throws Exception {
		TestPhone phone = TestPhone.start("1002", "pw1002", this.server.port()).answerMode(mode);
		this.phones.add(phone);
		assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		return phone;
	}

	private TestPhone caller() throws Exception {
		TestPhone phone = TestPhone.start("5550100", "none", this.server.port());
		this.phones.add(phone);
		return phone;
	}

}
