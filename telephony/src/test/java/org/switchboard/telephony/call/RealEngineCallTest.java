package org.switchboard.telephony.call;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.telephony.testphone.EngineLoop;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Telephony driven by the real engine: the journal must tell the story the phones lived.
 */
class RealEngineCallTest {

	static final Duration WAIT = Duration.ofSeconds(6);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	EngineLoop engine;

	List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = TelephonyFixture.start(this.dataDir);
		this.engine = new EngineLoop(CenterConfig.builder()
			.queue(QueueConfig.named("sales").strategy("linear").ringTimeoutSeconds(2).wrapUpSeconds(5))
			.agent(CenterConfig.AgentConfig.of("a1").queue("sales"))
			.agent(CenterConfig.AgentConfig.of("a2").queue("sales"))
			.build());
		this.engine.sink(this.server.telephony);
		this.server.engine(this.engine);
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.engine.close();
		this.server.close();
	}

	TestPhone agent(String extension, String agentId, TestPhone.Answer mode) throws Exception {
		TestPhone phone = TestPhone.start(extension, "pw" + extension, this.server.port()).answerMode(mode);
		this.phones.add(phone);
		assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		this.engine.submit(new Input.AgentLogin(agentId));
		TestCall ready = phone.call("*50", true);
		assertThat(ready.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> isReady(agentId))).isTrue();
		return phone;
	}

	TestCall call(String number) throws Exception {
		TestPhone caller = TestPhone.start("5550100", "x", this.server.port());
		this.phones.add(caller);
		return caller.call(number, false);
	}

	@Test
	void answeredCallIsJournalledFromArrivalToEnd() throws Exception {
		TestPhone a1 = agent("1001", "a1", TestPhone.Answer.ANSWER);
		TestCall call = call("801");
		call.rtp().tone(440);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		TestCall agentSide = a1.awaitIncoming(WAIT);
		agentSide.rtp().tone(880);
		assertThat(eventually(WAIT, () -> Math.abs(agentSide.rtp().recentFrequency(4000) - 440) < 40)).isTrue();

		call.hangUp();

		assertThat(agentSide.awaitEvent("BYE", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !events(ContactEvent.ContactEnded.class).isEmpty())).isTrue();
		assertThat(events(ContactEvent.ContactAnswered.class)).extracting(ContactEvent.ContactAnswered::agentId)
			.containsExactly("a1");
		assertThat(events(ContactEvent.ContactEnded.class).get(0).endedBy()).isEqualTo(ContactEvent.EndedBy.CALLER);
		assertThat(eventually(WAIT, () -> this.server.recordings.size() == 1)).isTrue();
	}

	@Test
	void ringNoAnswerGoesToTheNextAgentAndTheCallerIsAnswered() throws Exception {
		TestPhone a1 = agent("1001", "a1", TestPhone.Answer.IGNORE);
		TestPhone a2 = agent("1002", "a2", TestPhone.Answer.ANSWER);
		TestCall call = call("801");

		assertThat(a1.awaitIncoming(WAIT).awaitEvent("CANCEL", WAIT)).isTrue();
		assertThat(a2.awaitIncoming(WAIT)).isNotNull();
		assertThat(eventually(WAIT, () -> !events(ContactEvent.ContactAnswered.class).isEmpty())).isTrue();

		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(events(ContactEvent.OfferFailed.class))
			.extracting(ContactEvent.OfferFailed::agentId, ContactEvent.OfferFailed::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a1", ContactEvent.OfferFailure.NO_ANSWER));
		assertThat(events(ContactEvent.ContactAnswered.class).get(0).agentId()).isEqualTo("a2");
	}

	@Test
	void callerHangingUpWhileQueuedIsJournalledAsAbandoned() throws Exception {
		TestCall call = call("801");
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> !events(ContactEvent.ContactQueued.class).isEmpty())).isTrue();

		call.hangUp();

		assertThat(eventually(WAIT, () -> !events(ContactEvent.ContactAbandoned.class).isEmpty())).isTrue();
		assertThat(events(ContactEvent.ContactAbandoned.class).get(0).where())
			.isEqualTo(ContactEvent.AbandonPoint.QUEUE);
		assertThat(this.server.telephony.liveContacts()).isEmpty();
	}

	private boolean isReady(String agentId) {
		return this.engine.journal.stream()
			.filter(AgentStateChanged.class::isInstance)
			.map(AgentStateChanged.class::cast)
			.anyMatch((c) -> c.agentId().equals(agentId) && c.to() == AgentStateChanged.AgentStateName.READY);
	}

	private <T> List<T> events(Class<T> type) {
		return this.engine.journal.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
