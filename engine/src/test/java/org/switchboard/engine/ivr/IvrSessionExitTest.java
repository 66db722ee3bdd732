package org.switchboard.engine.ivr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.Action;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.engine.ivr.TestFlows.flow;
import static org.switchboard.engine.ivr.TestFlows.queue;
import static org.switchboard.engine.ivr.TestFlows.toQueue;

/** How a contact leaves the IVR: queue, transfer, voicemail, hang-up, and the guards. */
class IvrSessionExitTest {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private final List<EngineEvent> events = new ArrayList<>();

	private IvrSession session(IvrFlow flow) {
		return new IvrSession(flow, "c1", "13800138000", Map.of(), IvrContext.ALWAYS_OPEN, this.events::add);
	}

	private IvrStep start(IvrNode node) {
		return session(flow("only", "only", node)).start(T0);
	}

	@Test
	void queueNodeHandsThePriorityToTheEngine() {
		IvrStep step = start(new IvrNode.Queue("vip", OptionalInt.of(10)));

		assertThat(step).isEqualTo(new IvrStep.ToQueue("vip", OptionalInt.of(10)));
		assertThat(step.leavesIvr()).isTrue();
		assertThat(step.toAction("c1")).isEmpty();
	}

	@Test
	void transferToAnExternalNumberBecomesAnAdapterAction() {
		IvrStep step = start(new IvrNode.Transfer(TransferTarget.parse("external:+8613800138000")));

		assertThat(step.leavesIvr()).isTrue();
		assertThat(step.toAction("c1")).contains(new Action.TransferExternal("c1", "+8613800138000"));
	}

	@Test
	void transferToAnAgentOrExtensionIsLeftToTheEngine() {
		IvrStep toAgent = start(new IvrNode.Transfer(TransferTarget.parse("agent:a7")));
		IvrStep toExtension = start(new IvrNode.Transfer(TransferTarget.parse("extension:1001")));

		assertThat(toAgent).isEqualTo(new IvrStep.Transfer(new TransferTarget(TransferTarget.Kind.AGENT, "a7")));
		assertThat(toAgent.toAction("c1")).isEmpty();
		assertThat(((IvrStep.Transfer) toExtension).target().toString()).isEqualTo("extension:1001");
		assertThat(toExtension.toAction("c1")).isEmpty();
	}

	@Test
	void voicemailNodeSubstitutesItsMailbox() {
		IvrFlow flow = flow("set", "set", new IvrNode.SetVariable("owner", "a7", "box"), "box",
				new IvrNode.Voicemail("agent:${owner}"));

		IvrStep step = session(flow).start(T0);

		assertThat(step.toAction("c1")).contains(new Action.Voicemail("c1", "agent:a7"));
		assertThat(step.leavesIvr()).isTrue();
	}

	@Test
	void hangupWithoutPromptDisconnectsAtOnce() {
		IvrStep step = start(new IvrNode.Hangup(null));

		assertThat(step.toAction("c1"))
			.contains(new Action.Disconnect("c1", "ivr 'main' ended at hang-up node 'only'"));
	}

	@Test
	void hangupWithPromptPlaysItBeforeDisconnecting() {
		IvrSession session = session(flow("bye", "bye", new IvrNode.Hangup("goodbye")));

		IvrStep first = session.start(T0);

		assertThat(first).isInstanceOf(IvrStep.Play.class);
		assertThat(first.leavesIvr()).isFalse();
		assertThat(session.finished()).isFalse();
		assertThat(session.playbackFinished(T0.plusSeconds(2)))
			.isEqualTo(new IvrStep.Hangup("ivr 'main' ended at hang-up node 'bye'"));
		assertThat(session.finished()).isTrue();
	}

	@Test
	void gotoJumpsAndEveryNodeOnTheWayIsJournalled() {
		IvrSession session = session(
				flow("a", "a", new IvrNode.Goto("b"), "b", new IvrNode.Goto("c"), "c", queue("general")));

		assertThat(session.start(T0)).isEqualTo(toQueue("general"));
		assertThat(this.events).containsExactly(new IvrNodeEntered(T0, "c1", "main", "a"),
				new IvrNodeEntered(T0, "c1", "main", "b"), new IvrNodeEntered(T0, "c1", "main", "c"));
	}

	@Test
	void hangsUpARunawayFlowAfterTheMaximumNodeVisits() {
		IvrSession session = session(flow("a", "a", new IvrNode.Goto("b"), "b", new IvrNode.Goto("a")));

		IvrStep step = session.start(T0);

		assertThat(step).isEqualTo(
				new IvrStep.Hangup("ivr 'main' stopped after 1000 node visits, before node 'a'; the flow loops"));
		assertThat(this.events).hasSize(IvrSession.MAX_NODE_VISITS).noneMatch(InvariantViolated.class::isInstance);
	}

	@Test
	void countsVisitsAcrossCallerInputsToo() {
		IvrNode.Menu repeat = new IvrNode.Menu("menu", Map.of("9", "info"), 5, 0, null, null);
		IvrSession session = session(flow("menu", "menu", repeat, "info", new IvrNode.Goto("menu")));
		IvrStep step = session.start(T0);

		for (int i = 0; i < IvrSession.MAX_NODE_VISITS && !step.leavesIvr(); i++) {
			step = session.digitsCollected("9", T0.plusSeconds(i));
		}

		assertThat(step).isInstanceOf(IvrStep.Hangup.class);
		assertThat(session.finished()).isTrue();
	}

	@Test
	void hangsUpWhenAnUnvalidatedFlowLeadsToAMissingNode() {
		IvrStep step = start(new IvrNode.Goto("nowhere"));

		assertThat(step).isEqualTo(new IvrStep.Hangup("ivr 'main' has no node 'nowhere' (reached from 'only')"));
	}

	@Test
	void startsOnlyOnce() {
		IvrSession session = session(flow("hello", "hello", new IvrNode.Play("hello", "q"), "q", queue("q")));

		session.start(T0);

		assertThat(session.start(T0)).isInstanceOf(IvrStep.Ignored.class);
		assertThat(session.path()).containsExactly("hello");
	}

}
