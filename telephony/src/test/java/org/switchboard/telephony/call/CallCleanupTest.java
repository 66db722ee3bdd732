package org.switchboard.telephony.call;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * However a call ends, its RTP sockets are released, its recording (if bridged) is stored
 * exactly once, and no timer of it stays scheduled: {@link Telephony#stats()} returns to
 * zero.
 */
class CallCleanupTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	ScriptedEngine engine;

	final List<TestPhone> phones = new ArrayList<>();

	void start(List<String> agents, Duration ringTimeout) throws Exception {
		this.server = new TelephonyFixture(this.dataDir, Clock.systemUTC(), SipSettings.defaults(), 40);
		this.engine = this.server.scriptedEngine(agents, ringTimeout);
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		if (this.engine != null) {
			this.server.close();
		}
	}

	@Test
	void callerHangingUpABridgedCall() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		agent("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		awaitBridged(1);

		call.hangUp();

		assertReleased(1);
	}

	@Test
	void agentHangingUpABridgedCall() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		TestPhone agent = agent("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		TestCall agentSide = agent.awaitIncoming(WAIT);
		awaitBridged(1);

		agentSide.hangUp();

		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();
		assertReleased(1);
	}

	@Test
	void aCallHandedOnToASecondAgentKeepsOneRecordingAndFinishesIt() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		agent("1001", TestPhone.Answer.ANSWER);
		TestPhone second = agent("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		awaitBridged(1);
		String contact = this.server.inputs(Input.ContactArrives.class).get(0).contactId();

		// what the engine asks when the first agent transfers the call to a queue where
		// a2 is free
		this.server.telephony.execute(new Action.RingAgent(contact, "a2", Duration.ofSeconds(5)));
		second.awaitIncoming(WAIT);
		assertThat(eventually(WAIT, () -> this.server.inputs(Input.AgentAnswered.class).size() == 2)).isTrue();
		Thread.sleep(300);
		assertThat(stats().recordingsInProgress()).as("still the one recording").isEqualTo(1);

		call.hangUp();

		assertReleased(1);
	}

	@Test
	void voicemailAfterABridgeStoresTheConversationAndTheMessage() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		agent("1001", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		awaitBridged(1);
		String contact = this.server.inputs(Input.ContactArrives.class).get(0).contactId();
		call.rtp().tone(440);

		this.server.telephony.execute(new Action.Voicemail(contact, "agent:a1"));
		assertThat(eventually(WAIT, () -> this.server.recordings.size() == 1)).as("the conversation, stored at once")
			.isTrue();
		assertThat(eventually(WAIT, () -> stats().recordingsInProgress() == 1)).as("the message").isTrue();
		Thread.sleep(1500);

		call.hangUp();

		assertReleased(1);
		assertThat(eventually(WAIT, () -> this.server.voicemails.size() == 1)).isTrue();
		assertThat(this.server.voicemails.get(0).file()).isNotEqualTo(this.server.recordings.get(0).file());
	}

	@Test
	void callerCancellingWhileQueuedBeforeAnyAgentRings() throws Exception {
		start(List.of(), Duration.ofSeconds(5));
		TestCall call = caller().call("802", false);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.ContactArrives.class).isEmpty())).isTrue();
		assertThat(stats().openRtpEndpoints()).isEqualTo(1);

		call.cancel();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(Response.REQUEST_TERMINATED);
		assertReleased(0);
	}

	@Test
	void callerCancellingWhileTheAgentRings() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		TestPhone agent = agent("1001", TestPhone.Answer.IGNORE);
		TestCall call = caller().call("802", false);
		TestCall ringing = agent.awaitIncoming(WAIT);
		assertThat(stats().openRtpEndpoints()).isEqualTo(2);
		assertThat(stats().pendingTimers()).as("the ring timer").isPositive();

		call.cancel();

		assertThat(ringing.awaitEvent("CANCEL", WAIT)).isTrue();
		assertReleased(0);
	}

	@Test
	void agentRejectingThenTheNextAgentAnsweringThenCallerHangingUp() throws Exception {
		start(List.of("a1", "a2"), Duration.ofSeconds(5));
		agent("1001", TestPhone.Answer.REJECT);
		agent("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		awaitBridged(1);
		assertThat(this.server.inputs(Input.AgentRingFailed.class)).extracting(Input.AgentRingFailed::reason)
			.containsExactly("rejected: 486");
		assertThat(stats().openRtpEndpoints()).as("the rejected leg's socket is closed").isEqualTo(2);

		call.hangUp();

		assertReleased(1);
	}

	@Test
	void agentNotAnsweringThenTheNextAgentAnsweringThenHangingUp() throws Exception {
		start(List.of("a1", "a2"), Duration.ofMillis(800));
		TestPhone silent = agent("1001", TestPhone.Answer.IGNORE);
		TestPhone second = agent("1002", TestPhone.Answer.ANSWER);
		TestCall call = caller().call("801", false);
		assertThat(silent.awaitIncoming(WAIT).awaitEvent("CANCEL", WAIT)).isTrue();
		TestCall agentSide = second.awaitIncoming(WAIT);
		awaitBridged(1);
		assertThat(stats().openRtpEndpoints()).isEqualTo(2);

		agentSide.hangUp();

		assertThat(call.awaitEvent("BYE", WAIT)).isTrue();
		assertReleased(1);
	}

	@Test
	void agentLegThatCannotBeSetUp() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		TestPhone agent = phone("1001", "pw1001");
		int closed = FreePorts.sipPort();
		assertThat(agent.register(600, "sip:1001@127.0.0.1:" + closed + ";transport=tcp", "pw1001").getStatusCode())
			.isEqualTo(200);
		TestCall call = caller().call("801", false);
		assertThat(eventually(WAIT, () -> !this.server.inputs(Input.AgentRingFailed.class).isEmpty())).isTrue();
		assertThat(eventually(WAIT, () -> stats().openRtpEndpoints() == 1)).as("only the caller's socket: %s", stats())
			.isTrue();

		call.hangUp();

		assertReleased(0);
	}

	@Test
	void closingStoresTheRecordingsOfCallsStillUpBeforeItReturns() throws Exception {
		start(List.of("a1"), Duration.ofSeconds(5));
		agent("1001", TestPhone.Answer.ANSWER);
		TestPhone caller = caller();
		List<TestCall> calls = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			TestCall call = caller.call("801", false);
			call.rtp().tone(440);
			calls.add(call);
		}
		awaitBridged(3);

		this.server.telephony.close();

		assertThat(this.server.recordings).hasSize(3);
		assertThat(stats().activeCalls()).isZero();
		assertThat(stats().recordingsInProgress()).isZero();
		assertThat(calls).allSatisfy((call) -> assertThat(call.awaitEvent("BYE", WAIT)).isTrue());
	}

	private void awaitBridged(int count) throws InterruptedException {
		assertThat(eventually(WAIT, () -> this.server.inputs(Input.AgentAnswered.class).size() == count
				&& stats().recordingsInProgress() == count))
			.as("bridged: %s", stats())
			.isTrue();
	}

	private void assertReleased(int recordings) throws InterruptedException {
		assertThat(eventually(WAIT, () -> ConcurrentRecordedCallsTest.released(stats()))).as("released: %s", stats())
			.isTrue();
		assertThat(this.server.recordings).hasSize(recordings);
		assertThat(ConcurrentRecordedCallsTest.rtpThreads()).isEqualTo(stats().ioThreads());
	}

	private Telephony.Stats stats() {
		return this.server.telephony.stats();
	}

	private TestPhone agent(String extension, TestPhone.Answer mode) throws Exception {
		TestPhone phone = phone(extension, "pw" + extension).answerMode(mode);
		assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		return phone;
	}

	private TestPhone caller() throws Exception {
		return phone("5550100", "none");
	}

	private TestPhone phone(String user, String password) throws Exception {
		TestPhone phone = TestPhone.start(user, password, this.server.port());
		this.phones.add(phone);
		return phone;
	}

}
