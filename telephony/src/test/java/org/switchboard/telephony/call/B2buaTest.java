package org.switchboard.telephony.call;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Input;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.media.StereoWavRecorder;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;
import org.switchboard.telephony.testphone.Tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

class B2buaTest {

	static final Duration WAIT = Duration.ofSeconds(5);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	ScriptedEngine engine;

	List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = TelephonyFixture.start(this.dataDir);
		this.engine = this.server.scriptedEngine(List.of("a1", "a2"), Duration.ofMillis(1500));
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.server.close();
	}

	TestPhone agentPhone(String extension, TestPhone.Answer mode) throws Exception {
		TestPhone phone = TestPhone.start(extension, "pw" + extension, this.server.port()).answerMode(mode);
		this.phones.add(phone);
		assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		return phone;
	}

	TestPhone caller() throws Exception {
		TestPhone phone = TestPhone.start("5550100", "none", this.server.port());
		this.phones.add(phone);
		return phone;
	}

	@Test
	void bridgesCallerWithAgentAndEachHearsTheOther() throws Exception {
		TestPhone agent = agentPhone("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		call.rtp().tone(440);

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		TestCall agentSide = agent.awaitIncoming(WAIT);
		agentSide.rtp().tone(880);

		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentAnswered.class).isEmpty())).isTrue();
		assertThat(eventually(WAIT,
				() -> Math.abs(call.rtp().recentFrequency(4000) - 880) < 40
						&& Math.abs(agentSide.rtp().recentFrequency(4000) - 440) < 40))
			.as("caller hears %s Hz, agent hears %s Hz", call.rtp().recentFrequency(4000),
					agentSide.rtp().recentFrequency(4000))
			.isTrue();
		assertThat(agentSide.number()).isEqualTo("5550100");
	}

	@Test
	void recordsTheBridgedCallInStereoWithCallerLeftAndAgentRight() throws Exception {
		TestPhone agent = agentPhone("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		call.rtp().tone(440);
		call.awaitResponse(WAIT, false);
		TestCall agentSide = agent.awaitIncoming(WAIT);
		agentSide.rtp().tone(880);
		assertThat(eventually(WAIT,
				() -> call.rtp().heardCount() > 8000 * 2 && Math.abs(call.rtp().recentFrequency(4000) - 880) < 40))
			.isTrue();

		call.hangUp();

		assertThat(agentSide.awaitEvent("BYE", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !this.server.recordings.isEmpty())).isTrue();
		RecordingStore.Recording recording = this.server.recordings.get(0);
		assertThat(recording.file()).startsWith(this.dataDir.resolve("recordings"));
		assertThat(recording.agentId()).isEqualTo("a1");
		assertThat(recording.queue()).isEqualTo("sales");
		assertThat(recording.caller()).isEqualTo("5550100");
		assertThat(recording.sizeBytes()).isEqualTo(Files.size(recording.file()));
		assertThat(recording.sha256()).isEqualTo(StereoWavRecorder.sha256(recording.file()));
		assertThat(recording.duration()).isGreaterThan(Duration.ofSeconds(1));
		short[][] channels = stereo(recording.file());
		int n = channels[0].length;
		assertThat(Tone.frequency(channels[0], n / 4, n - 800)).isCloseTo(440,
				org.assertj.core.data.Offset.offset(30.0));
		assertThat(Tone.frequency(channels[1], n / 4, n - 800)).isCloseTo(880,
				org.assertj.core.data.Offset.offset(30.0));
	}

	@Test
	void ringsTheNextAgentWhenTheFirstDoesNotAnswerAndKeepsTheCaller() throws Exception {
		TestPhone silent = agentPhone("1001", TestPhone.Answer.IGNORE);
		TestPhone second = agentPhone("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);

		TestCall rungFirst = silent.awaitIncoming(WAIT);
		assertThat(rungFirst.awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(second.awaitIncoming(WAIT)).isNotNull();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(this.server.inputs(Input.AgentRingFailed.class))
			.extracting(Input.AgentRingFailed::agentId, Input.AgentRingFailed::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "no answer"));
		assertThat(eventually(WAIT,
				() -> this.server.inputs(Input.AgentAnswered.class).stream().anyMatch((a) -> a.agentId().equals("a2"))))
			.isTrue();
	}

	@Test
	void ringsEveryRegisteredPhoneOfTheAgentAndCancelsTheOthersWhenOneAnswers() throws Exception {
		TestPhone deskPhone = agentPhone("1001", TestPhone.Answer.IGNORE);
		TestPhone softphone = agentPhone("1001", TestPhone.Answer.ANSWER);
		assertThat(this.server.telephony.locations().contactsOf("1001")).hasSize(2);
		TestCall call = caller().call("801", false);

		TestCall ringingDesk = deskPhone.awaitIncoming(WAIT);
		assertThat(softphone.awaitIncoming(WAIT)).isNotNull();

		assertThat(ringingDesk.awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentAnswered.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).isEmpty();
	}

	@Test
	void ringsTheNextAgentWhenTheFirstRejects() throws Exception {
		agentPhone("1001", TestPhone.Answer.REJECT);
		TestPhone second = agentPhone("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);

		assertThat(second.awaitIncoming(WAIT)).isNotNull();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).extracting(Input.AgentRingFailed::reason)
			.containsExactly("rejected: 486");
	}

	@Test
	void reportsAnAgentWithoutRegisteredPhoneAsUnreachableAndRingsTheNext() throws Exception {
		TestPhone second = agentPhone("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);

		assertThat(second.awaitIncoming(WAIT)).isNotNull();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).extracting(Input.AgentRingFailed::reason)
			.containsExactly("unreachable");
	}

	@Test
	void endsCleanlyWhenTheCallerCancelsWhileTheAgentRings() throws Exception {
		TestPhone agent = agentPhone("1001", TestPhone.Answer.IGNORE);
		TestCall call = caller().call("802", false);
		TestCall ringing = agent.awaitIncoming(WAIT);
		assertThat(call.awaitResponse(WAIT, true).getStatusCode()).isBetween(100, 199);

		call.cancel();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(Response.REQUEST_TERMINATED);
		assertThat(ringing.awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.CallerHungUp.class).isEmpty())).isTrue();
		assertThat(this.server.telephony.liveContacts()).isEmpty();
	}

	@Test
	void abandonsWhenTheQueuedCallerHangsUpAndStopsRingingTheAgent() throws Exception {
		TestPhone agent = agentPhone("1001", TestPhone.Answer.IGNORE);
		TestCall call = caller().call("801", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		TestCall ringing = agent.awaitIncoming(WAIT);

		call.hangUp();

		assertThat(ringing.awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.CallerHungUp.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).isEmpty();
		assertThat(this.server.telephony.liveContacts()).isEmpty();
	}

	@Test
	void hangsUpTheCallerWhenTheAgentHangsUp() throws Exception {
		TestPhone agent = agentPhone("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		call.awaitResponse(WAIT, false);
		TestCall agentSide = agent.awaitIncoming(WAIT);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentAnswered.class).isEmpty())).isTrue();

		agentSide.hangUp();

		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentHungUp.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.AgentHungUp.class)).extracting(Input.AgentHungUp::agentId)
			.containsExactly("a1");
		assertThat(this.server.inputs(Input.CallerHungUp.class)).isEmpty();
	}

	@Test
	void answersAReInviteFromTheCaller() throws Exception {
		agentPhone("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);

		call.reInvite();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
	}

	@Test
	void collectsMenuDigitsSentAsRfc4733Events() throws Exception {
		TestCall call = caller().call("800", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);

		call.dtmf('1');

		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.DigitsCollected.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.DigitsCollected.class).get(0).digits()).isEqualTo("1");
	}

	@Test
	void collectsMenuDigitsSentAsSipInfo() throws Exception {
		TestCall call = caller().call("800", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);

		call.info('2');

		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.DigitsCollected.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.DigitsCollected.class).get(0).digits()).isEqualTo("2");
	}

	@Test
	void featureCodeFromAnExtensionMakesItsAgentReady() throws Exception {
		TestPhone phone = agentPhone("1001", TestPhone.Answer.ANSWER);

		TestCall call = phone.call("*50", true);

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentReady.class).isEmpty())).isTrue();
		assertThat(this.server.inputs(Input.AgentReady.class).get(0).agentId()).isEqualTo("a1");
		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();
	}

	static short[][] stereo(Path wav) throws Exception {
		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(b.getShort(22)).isEqualTo((short) 2);
		int data = b.getInt(40);
		assertThat(data).isEqualTo(b.limit() - 44);
		short[][] channels = new short[2][data / 4];
		for (int i = 0; i < data / 4; i++) {
			channels[0][i] = b.getShort(44 + 4 * i);
			channels[1][i] = b.getShort(46 + 4 * i);
		}
		return channels;
	}

}
