package org.switchboard.engine.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.ContactEvent.IvrInput;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.ContactEvent.SurveyScored;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;

import static org.assertj.core.api.Assertions.assertThat;

class IvrSessionTest {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private final List<EngineEvent> events = new ArrayList<>();

	private Instant now = T0;

	private IvrSession session(IvrFlow flow) {
		return session(flow, IvrContext.ALWAYS_OPEN, "13800138000", Map.of());
	}

	private IvrSession session(IvrFlow flow, IvrContext context, String caller, Map<String, String> attributes) {
		return new IvrSession(flow, "c1", caller, attributes, context, this.events::add);
	}

	private Instant later() {
		this.now = this.now.plusSeconds(1);
		return this.now;
	}

	private static IvrFlow flow(String start, Object... namesAndNodes) {
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndNodes.length; i += 2) {
			nodes.put((String) namesAndNodes[i], (IvrNode) namesAndNodes[i + 1]);
		}
		return new IvrFlow("main", start, nodes);
	}

	private static IvrNode.Menu menu(int retries, String invalidPrompt, String onFail) {
		return new IvrNode.Menu("welcome", Map.of("1", "sales", "2", "support"), 5, retries, invalidPrompt, onFail);
	}

	private static IvrNode.Queue queue(String name) {
		return new IvrNode.Queue(name, OptionalInt.empty());
	}

	private List<String> enteredNodes() {
		return this.events.stream()
			.filter(IvrNodeEntered.class::isInstance)
			.map((event) -> ((IvrNodeEntered) event).node())
			.toList();
	}

	@Test
	void playsPromptThenGoesToNextNodeWhenPlaybackFinishes() {
		IvrSession session = session(
				flow("hello", "hello", new IvrNode.Play("hello", "sales"), "sales", queue("sales")));

		IvrStep first = session.start(this.now);
		IvrStep second = session.playbackFinished(later());

		assertThat(first).isInstanceOf(IvrStep.Play.class);
		assertThat(((IvrStep.Play) first).prompt()).isEqualTo("hello");
		assertThat(first.toAction("c1"))
			.contains(new Action.PlayPrompt("c1", "hello", Map.of("caller", "13800138000")));
		assertThat(second).isEqualTo(new IvrStep.ToQueue("sales", OptionalInt.empty()));
		assertThat(second.leavesIvr()).isTrue();
		assertThat(session.finished()).isTrue();
		assertThat(this.events).containsExactly(new IvrNodeEntered(T0, "c1", "main", "hello"),
				new IvrNodeEntered(T0.plusSeconds(1), "c1", "main", "sales"));
	}

	@Test
	void menuAsksForOneDigitAndFollowsTheChosenOption() {
		IvrSession session = session(
				flow("menu", "menu", menu(2, null, null), "sales", queue("sales"), "support", queue("support")));

		IvrStep ask = session.start(this.now);
		IvrStep chosen = session.digitsCollected("2", later());

		assertThat(ask).isEqualTo(new IvrStep.Collect("welcome", 1, null, Duration.ofSeconds(5)));
		assertThat(ask.toAction("c1"))
			.contains(new Action.CollectDigits("c1", "welcome", 1, null, Duration.ofSeconds(5)));
		assertThat(chosen).isEqualTo(new IvrStep.ToQueue("support", OptionalInt.empty()));
		assertThat(this.events).contains(new IvrInput(T0.plusSeconds(1), "c1", "main", "menu", "2"));
		assertThat(session.path()).containsExactly("menu", "support");
	}

	@Test
	void menuPlaysInvalidPromptAndAsksAgainAfterAWrongDigit() {
		IvrSession session = session(flow("menu", "menu", menu(2, "invalid", "sales"), "sales", queue("sales"),
				"support", queue("support")));
		session.start(this.now);

		IvrStep invalid = session.digitsCollected("7", later());
		IvrStep again = session.playbackFinished(later());
		IvrStep chosen = session.digitsCollected("1", later());

		assertThat(invalid).isEqualTo(new IvrStep.Play("invalid", Map.of("caller", "13800138000")));
		assertThat(again).isEqualTo(new IvrStep.Collect("welcome", 1, null, Duration.ofSeconds(5)));
		assertThat(chosen).isEqualTo(new IvrStep.ToQueue("sales", OptionalInt.empty()));
	}

	@Test
	void menuGoesToOnFailAfterItsRetriesAreUsedUp() {
		IvrSession session = session(flow("menu", "menu", menu(2, null, "operator"), "sales", queue("sales"), "support",
				queue("support"), "operator", queue("operator")));
		session.start(this.now);

		IvrStep afterFirstTimeout = session.digitsCollected("", later());
		IvrStep afterWrongDigit = session.digitsCollected("9", later());
		IvrStep afterThirdFailure = session.digitsCollected("", later());

		assertThat(afterFirstTimeout).isInstanceOf(IvrStep.Collect.class);
		assertThat(afterWrongDigit).isInstanceOf(IvrStep.Collect.class);
		assertThat(afterThirdFailure).isEqualTo(new IvrStep.ToQueue("operator", OptionalInt.empty()));
		assertThat(this.events).filteredOn(IvrInput.class::isInstance)
			.extracting((event) -> ((IvrInput) event).digits())
			.containsExactly("", "9", "");
	}

	@Test
	void menuWithoutOnFailHangsUpNamingTheNode() {
		IvrSession session = session(
				flow("menu", "menu", menu(0, null, null), "sales", queue("sales"), "support", queue("support")));
		session.start(this.now);

		IvrStep step = session.digitsCollected("", later());

		assertThat(step).isInstanceOf(IvrStep.Hangup.class);
		assertThat(((IvrStep.Hangup) step).reason()).isEqualTo("ivr 'main' no valid choice at node 'menu'");
		assertThat(step.toAction("c1"))
			.contains(new Action.Disconnect("c1", "ivr 'main' no valid choice at node 'menu'"));
	}

	@Test
	void surveyJournalsTheScoreWithTheAgentAndGoesOn() {
		IvrSession session = session(
				flow("rate", "rate", new IvrNode.Survey("rate-us", 5, "bye"), "bye", new IvrNode.Hangup("thanks")));
		session.setVariable(IvrSession.AGENT_VARIABLE, "a7");
		session.start(this.now);

		IvrStep thanks = session.digitsCollected("4", later());
		IvrStep end = session.playbackFinished(later());

		assertThat(this.events).contains(new SurveyScored(T0.plusSeconds(1), "c1", "a7", 4));
		assertThat(thanks).isInstanceOf(IvrStep.Play.class);
		assertThat(((IvrStep.Play) thanks).prompt()).isEqualTo("thanks");
		assertThat(end).isEqualTo(new IvrStep.Hangup("ivr 'main' ended at hang-up node 'bye'"));
		assertThat(this.events).noneMatch(InvariantViolated.class::isInstance);
	}

	@Test
	void surveyAsksOnceMoreAfterAnInvalidScoreThenGivesUpWithoutScoring() {
		IvrSession session = session(flow("rate", "rate", new IvrNode.Survey("rate-us", 5, null)));
		session.start(this.now);

		IvrStep retry = session.digitsCollected("9", later());
		IvrStep givenUp = session.digitsCollected("0", later());

		assertThat(retry).isEqualTo(new IvrStep.Collect("rate-us", 1, null, Duration.ofSeconds(5)));
		assertThat(givenUp).isInstanceOf(IvrStep.Hangup.class);
		assertThat(this.events).noneMatch(SurveyScored.class::isInstance);
	}

	@Test
	void surveyScoresTheRetriedAnswer() {
		IvrSession session = session(flow("rate", "rate", new IvrNode.Survey("rate-us", 5, null)));
		session.start(this.now);

		session.digitsCollected("", later());
		session.digitsCollected("5", later());

		assertThat(this.events).filteredOn(SurveyScored.class::isInstance)
			.containsExactly(new SurveyScored(T0.plusSeconds(2), "c1", null, 5));
	}

	@Test
	void ignoresInputItIsNotWaitingFor() {
		IvrSession session = session(
				flow("menu", "menu", menu(2, null, null), "sales", queue("sales"), "support", queue("support")));
		session.start(this.now);

		IvrStep stray = session.playbackFinished(later());
		IvrStep strayLookup = session.on(new Input.DataLookedUp("c1", true, Map.of()), later());

		assertThat(stray).isInstanceOf(IvrStep.Ignored.class);
		assertThat(strayLookup).isInstanceOf(IvrStep.Ignored.class);
		assertThat(stray.toAction("c1")).isEmpty();
		assertThat(session.digitsCollected("1", later())).isEqualTo(new IvrStep.ToQueue("sales", OptionalInt.empty()));
		assertThat(session.digitsCollected("1", later())).isInstanceOf(IvrStep.Ignored.class);
	}

}
