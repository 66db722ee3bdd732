package org.switchboard.engine.ivr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IvrFlowValidatorTest {

	private static IvrFlow flow(String start, Object... namesAndNodes) {
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndNodes.length; i += 2) {
			nodes.put((String) namesAndNodes[i], (IvrNode) namesAndNodes[i + 1]);
		}
		return new IvrFlow("main", start, nodes);
	}

	private static IvrNode.Queue queue(String name) {
		return new IvrNode.Queue(name, OptionalInt.empty());
	}

	private static IvrNode.Menu menu(Map<String, String> options) {
		return new IvrNode.Menu("welcome", options, 5, 2, null, null);
	}

	private static List<String> messages(IvrFlow flow) {
		return IvrFlowValidator.validate(flow).stream().map(IvrFlowError::toString).toList();
	}

	@Test
	void acceptsAFlowWhoseLoopsWaitForTheCaller() {
		IvrFlow flow = flow("welcome", "welcome", menu(Map.of("1", "info", "2", "sales")), "info",
				new IvrNode.Play("opening-hours", "back"), "back", new IvrNode.Goto("welcome"), "sales",
				queue("sales"));

		assertThat(IvrFlowValidator.validate(flow)).isEmpty();
	}

	@Test
	void namesTheNodeAndFieldOfAMissingTarget() {
		IvrFlow flow = flow("welcome", "welcome", menu(Map.of("1", "genral")), "general", queue("general"));

		assertThat(messages(flow)).contains("ivr 'main' node 'welcome': option '1' goes to missing node 'genral'");
		assertThat(IvrFlowValidator.validate(flow)).first().extracting(IvrFlowError::node).isEqualTo("welcome");
	}

	@Test
	void namesEachUnreachableNode() {
		IvrFlow flow = flow("welcome", "welcome", new IvrNode.Play("hi", "general"), "general", queue("general"),
				"orphan", new IvrNode.Play("old", "island"), "island", queue("old"));

		assertThat(messages(flow)).containsExactly(
				"ivr 'main' node 'orphan': cannot be reached from start node 'welcome'; link it or remove it",
				"ivr 'main' node 'island': cannot be reached from start node 'welcome'; link it or remove it");
	}

	@Test
	void rejectsALoopThatGoesRoundWithoutCallerInput() {
		IvrFlow flow = flow("welcome", "welcome", new IvrNode.Play("hi", "check"), "check",
				new IvrNode.Condition(List.of(new IvrNode.Branch(new IvrPredicate.Calendar("office", true), "open")),
						"again"),
				"again", new IvrNode.SetVariable("tries", "1", "welcome"), "open", queue("general"));

		List<IvrFlowError> errors = IvrFlowValidator.validate(flow);

		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).node()).isEqualTo("welcome");
		assertThat(errors.get(0).toString()).isEqualTo("ivr 'main' node 'welcome': loops back to itself without "
				+ "caller input (welcome > check > again > welcome); put a menu, collect or survey node in the loop");
	}

	@Test
	void rejectsAGotoToItselfAndALookupRetryLoop() {
		IvrFlow flow = flow("spin", "spin", new IvrNode.Goto("spin"), "fetch",
				new IvrNode.Lookup("orders", Map.of(), "done", "fetch"), "done", queue("general"));

		assertThat(messages(flow)).contains(
				"ivr 'main' node 'spin': loops back to itself without caller input (spin > spin); put a menu, collect or survey node in the loop",
				"ivr 'main' node 'fetch': loops back to itself without caller input (fetch > fetch); put a menu, collect or survey node in the loop");
	}

	@Test
	void doesNotCallANodeThatOnlyLeadsIntoALoopALoopItself() {
		IvrFlow flow = flow("entry", "entry", new IvrNode.Play("hi", "a"), "a", new IvrNode.Goto("b"), "b",
				new IvrNode.Goto("a"));

		List<IvrFlowError> errors = IvrFlowValidator.validate(flow);

		assertThat(errors).singleElement().extracting(IvrFlowError::node).isIn("a", "b");
	}

	@Test
	void reportsAMissingStartNode() {
		IvrFlow flow = flow("welcom", "welcome", queue("general"));

		assertThat(messages(flow)).containsExactly("ivr 'main': start node 'welcom' does not exist");
	}

	@Test
	void reportsAFlowWithoutNodes() {
		assertThat(messages(new IvrFlow("empty", "start", Map.of()))).containsExactly("ivr 'empty': has no nodes");
	}

	@Test
	void returnsEveryErrorNotJustTheFirst() {
		IvrFlow flow = flow("welcome", "welcome", menu(Map.of("1", "nowhere")), "lost", new IvrNode.Goto("lost"));

		assertThat(IvrFlowValidator.validate(flow)).extracting(IvrFlowError::node)
			.containsExactly("welcome", "lost", "lost");
		assertThat(messages(flow)).anyMatch((message) -> message.contains("missing node 'nowhere'"))
			.anyMatch((message) -> message.contains("cannot be reached"))
			.anyMatch((message) -> message.contains("without caller input"));
	}

	@Test
	void namesQueuesCalendarsAndAgentsThatAreNotConfigured() {
		IvrFlow flow = flow("hours", "hours",
				new IvrNode.Condition(List.of(new IvrNode.Branch(new IvrPredicate.Calendar("office", true), "menu"),
						new IvrNode.Branch(new IvrPredicate.Calendar("holidys", true), "closed")), "closed"),
				"menu", menu(Map.of("1", "sales", "2", "boss")), "sales", queue("sales"), "boss",
				new IvrNode.Transfer(TransferTarget.parse("agent:a99")), "closed", queue("after-hours"));
		IvrReferences known = new IvrReferences(Set.of("sales"), Set.of("office", "holidays"), Set.of("a1"));

		assertThat(IvrFlowValidator.validate(flow, known)).extracting(IvrFlowError::toString)
			.containsExactly("ivr 'main' node 'hours': branch 2: calendar 'holidys' does not exist",
					"ivr 'main' node 'boss': agent 'a99' does not exist",
					"ivr 'main' node 'closed': queue 'after-hours' does not exist");
		assertThat(IvrFlowValidator.validate(flow, IvrReferences.unchecked())).isEmpty();
	}

	@Test
	void namesTransferExtensionsThatAreNotConfiguredWhenExtensionsAreChecked() {
		IvrFlow flow = flow("menu", "menu", menu(Map.of("1", "reception", "2", "backoffice")), "reception",
				new IvrNode.Transfer(TransferTarget.parse("extension:1001")), "backoffice",
				new IvrNode.Transfer(TransferTarget.parse("extension:1999")));

		assertThat(IvrFlowValidator.validate(flow, new IvrReferences(null, null, null, Set.of("1001"))))
			.extracting(IvrFlowError::toString)
			.containsExactly(
					"ivr 'main' node 'backoffice': extension '1999' is not configured; list it under 'extensions'");
		assertThat(IvrFlowValidator.validate(flow, new IvrReferences(Set.of(), Set.of(), Set.of()))).isEmpty();
	}

}
