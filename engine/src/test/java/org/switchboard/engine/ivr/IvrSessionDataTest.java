package org.switchboard.engine.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.EngineEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.engine.ivr.TestFlows.flow;
import static org.switchboard.engine.ivr.TestFlows.queue;
import static org.switchboard.engine.ivr.TestFlows.toQueue;

/**
 * Collect, condition, set-variable and lookup nodes: what the session learns and decides
 * from.
 */
class IvrSessionDataTest {

	private static final Instant MONDAY_9AM = Instant.parse("2026-03-02T09:00:00Z");

	private final List<EngineEvent> events = new ArrayList<>();

	private IvrSession session(IvrFlow flow, IvrContext context, String caller, Map<String, String> attributes) {
		return new IvrSession(flow, "c1", caller, attributes, context, this.events::add);
	}

	private IvrSession session(IvrFlow flow) {
		return session(flow, IvrContext.ALWAYS_OPEN, "13800138000", Map.of());
	}

	private static IvrNode.Collect collectAccount(String terminator, String onFail) {
		return new IvrNode.Collect("enter-account", "account", 4, 8, terminator, 10, "done", onFail);
	}

	private static IvrNode.Condition condition(IvrPredicate when) {
		return new IvrNode.Condition(List.of(new IvrNode.Branch(when, "yes")), "no");
	}

	private IvrStep decide(IvrPredicate when, IvrContext context, String caller, Map<String, String> attributes) {
		IvrFlow flow = flow("check", "check", condition(when), "yes", queue("yes"), "no", queue("no"));
		return session(flow, context, caller, attributes).start(MONDAY_9AM);
	}

	private IvrStep decide(IvrPredicate when) {
		return decide(when, IvrContext.ALWAYS_OPEN, "13800138000", Map.of("tier", "gold"));
	}

	@Test
	void collectAsksForDigitsWithLengthAndTerminator() {
		IvrSession session = session(flow("ask", "ask", collectAccount("#", null), "done", queue("billing")));

		assertThat(session.start(MONDAY_9AM))
			.isEqualTo(new IvrStep.Collect("enter-account", 8, "#", Duration.ofSeconds(10)));
	}

	@Test
	void collectStoresDigitsWithoutTheTerminatorAndGoesOn() {
		IvrSession session = session(flow("ask", "ask", collectAccount("#", null), "done", queue("billing")));
		session.start(MONDAY_9AM);

		IvrStep step = session.digitsCollected("12345#", MONDAY_9AM.plusSeconds(6));

		assertThat(step).isEqualTo(toQueue("billing"));
		assertThat(session.variables()).containsEntry("account", "12345");
	}

	@Test
	void collectAcceptsTheMaximumLengthWithoutTerminator() {
		IvrSession session = session(flow("ask", "ask", collectAccount("#", null), "done", queue("billing")));
		session.start(MONDAY_9AM);

		assertThat(session.digitsCollected("12345678", MONDAY_9AM.plusSeconds(6))).isEqualTo(toQueue("billing"));
		assertThat(session.variables()).containsEntry("account", "12345678");
	}

	@Test
	void collectGoesToOnFailWhenTooFewDigitsCome() {
		IvrSession session = session(flow("ask", "ask", collectAccount("#", "operator"), "done", queue("billing"),
				"operator", queue("operator")));
		session.start(MONDAY_9AM);

		assertThat(session.digitsCollected("12#", MONDAY_9AM.plusSeconds(4))).isEqualTo(toQueue("operator"));
		assertThat(session.variables()).doesNotContainKey("account");
	}

	@Test
	void collectHangsUpOnTimeoutWithoutOnFail() {
		IvrSession session = session(flow("ask", "ask", collectAccount(null, null), "done", queue("billing")));
		session.start(MONDAY_9AM);

		assertThat(session.digitsCollected("", MONDAY_9AM.plusSeconds(10)))
			.isEqualTo(new IvrStep.Hangup("ivr 'main' no valid digits at node 'ask'"));
	}

	@Test
	void conditionAsksTheCalendarByNameAtTheGivenTime() {
		List<String> asked = new ArrayList<>();
		IvrContext officeOpenUntilNoon = (calendar, now) -> {
			asked.add(calendar + "@" + now);
			return calendar.equals("office") && now.isBefore(Instant.parse("2026-03-02T12:00:00Z"));
		};

		assertThat(decide(new IvrPredicate.Calendar("office", true), officeOpenUntilNoon, "1", Map.of()))
			.isEqualTo(toQueue("yes"));
		assertThat(decide(new IvrPredicate.Calendar("office", false), officeOpenUntilNoon, "1", Map.of()))
			.isEqualTo(toQueue("no"));
		assertThat(decide(new IvrPredicate.Calendar("holidays", false), officeOpenUntilNoon, "1", Map.of()))
			.isEqualTo(toQueue("yes"));
		assertThat(asked).containsExactly("office@2026-03-02T09:00:00Z", "office@2026-03-02T09:00:00Z",
				"holidays@2026-03-02T09:00:00Z");
	}

	@Test
	void conditionTestsTheCallerNumberAndAttributes() {
		assertThat(decide(new IvrPredicate.CallerPrefix("138"))).isEqualTo(toQueue("yes"));
		assertThat(decide(new IvrPredicate.CallerPrefix("139"))).isEqualTo(toQueue("no"));
		assertThat(decide(new IvrPredicate.CallerEquals("13800138000"))).isEqualTo(toQueue("yes"));
		assertThat(decide(new IvrPredicate.CallerEquals("1380013800"))).isEqualTo(toQueue("no"));
		assertThat(decide(new IvrPredicate.AttributeEquals("tier", "gold"))).isEqualTo(toQueue("yes"));
		assertThat(decide(new IvrPredicate.AttributeEquals("tier", "silver"))).isEqualTo(toQueue("no"));
		assertThat(decide(new IvrPredicate.CallerPrefix("1"), IvrContext.ALWAYS_OPEN, null, Map.of()))
			.isEqualTo(toQueue("no"));
	}

	@Test
	void conditionTestsVariablesSetEarlierInTheFlow() {
		IvrFlow flow = flow("set", "set", new IvrNode.SetVariable("order", "A${caller}", "check"), "check",
				new IvrNode.Condition(
						List.of(new IvrNode.Branch(new IvrPredicate.VariablePresent("pin", true), "pin"),
								new IvrNode.Branch(new IvrPredicate.VariableEquals("order", "A1"), "exact"),
								new IvrNode.Branch(new IvrPredicate.VariableMatches("order", "A[0-9]{3}"), "pattern")),
						"none"),
				"pin", queue("pin"), "exact", queue("exact"), "pattern", queue("pattern"), "none", queue("none"));

		assertThat(session(flow, IvrContext.ALWAYS_OPEN, "1", Map.of()).start(MONDAY_9AM)).isEqualTo(toQueue("exact"));
		assertThat(session(flow, IvrContext.ALWAYS_OPEN, "123", Map.of()).start(MONDAY_9AM))
			.isEqualTo(toQueue("pattern"));
		assertThat(session(flow, IvrContext.ALWAYS_OPEN, "1234", Map.of()).start(MONDAY_9AM))
			.isEqualTo(toQueue("none"));
		IvrSession withPin = session(flow, IvrContext.ALWAYS_OPEN, "1", Map.of());
		withPin.setVariable("pin", "0000");
		assertThat(withPin.start(MONDAY_9AM)).isEqualTo(toQueue("pin"));
	}

	@Test
	void setVariableSubstitutesOtherVariablesAndLeavesUnsetOnesEmpty() {
		IvrFlow flow = flow("set", "set", new IvrNode.SetVariable("greeting", "hi ${caller}${missing}!", "q"), "q",
				queue("q"));
		IvrSession session = session(flow);

		session.start(MONDAY_9AM);

		assertThat(session.variables()).containsEntry("greeting", "hi 13800138000!");
	}

	@Test
	void lookupSendsSubstitutedParametersAndStoresWhatWasFound() {
		IvrFlow flow = flow("ask", "ask", collectAccount("#", null), "done",
				new IvrNode.Lookup("orders", Map.of("account", "${account}", "phone", "${caller}"), "status",
						"unknown"),
				"status", new IvrNode.Play("order-${status}", "end"), "end", new IvrNode.Hangup(null), "unknown",
				queue("billing"));
		IvrSession session = session(flow);
		session.start(MONDAY_9AM);

		IvrStep lookup = session.digitsCollected("4711#", MONDAY_9AM.plusSeconds(5));
		IvrStep status = session.on(new Input.DataLookedUp("c1", true, Map.of("status", "shipped")),
				MONDAY_9AM.plusSeconds(6));

		assertThat(lookup).isEqualTo(new IvrStep.Lookup("orders", Map.of("account", "4711", "phone", "13800138000")));
		assertThat(lookup.toAction("c1"))
			.contains(new Action.LookupData("c1", "orders", Map.of("account", "4711", "phone", "13800138000")));
		assertThat(status).isInstanceOf(IvrStep.Play.class);
		assertThat(((IvrStep.Play) status).prompt()).isEqualTo("order-shipped");
		assertThat(((IvrStep.Play) status).parameters()).containsEntry("status", "shipped")
			.containsEntry("account", "4711");
	}

	@Test
	void lookupGoesToOnNotFoundWithoutChangingVariables() {
		IvrFlow flow = flow("look", "look", new IvrNode.Lookup("crm", Map.of("phone", "${caller}"), "vip", "general"),
				"vip", queue("vip"), "general", queue("general"));
		IvrSession session = session(flow);
		session.start(MONDAY_9AM);

		IvrStep step = session.dataLookedUp(false, Map.of("tier", "gold"), MONDAY_9AM.plusSeconds(1));

		assertThat(step).isEqualTo(toQueue("general"));
		assertThat(session.variables()).containsOnlyKeys(IvrSession.CALLER_VARIABLE);
	}

}
