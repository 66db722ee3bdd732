package org.switchboard.engine.ivr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IvrFlowsTest {

	/** The example flow of the configuration file, as SnakeYAML hands it over. */
	static Map<String, Object> exampleFlow() {
		Map<String, Object> nodes = new LinkedHashMap<>();
		nodes.put("welcome", Map.of("type", "menu", "prompt", "welcome", "options", Map.of("1", "general"),
				"timeoutSeconds", 5, "retries", 2, "onFail", "general"));
		nodes.put("general", Map.of("type", "queue", "queue", "general"));
		return Map.of("name", "main", "start", "welcome", "nodes", nodes);
	}

	private static Map<String, Object> flowWith(Map<String, Object> nodes) {
		return Map.of("start", nodes.keySet().iterator().next(), "nodes", nodes);
	}

	private static Map<String, Object> nodes(Object... namesAndNodes) {
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndNodes.length; i += 2) {
			nodes.put((String) namesAndNodes[i], namesAndNodes[i + 1]);
		}
		return nodes;
	}

	private static List<String> errorsOf(Map<String, Object> flow) {
		InvalidIvrFlowException ex = catchThrowableOfType(InvalidIvrFlowException.class,
				() -> IvrFlows.fromMap("main", flow));
		assertThat(ex).as("expected the flow to be rejected").isNotNull();
		return ex.errors().stream().map(IvrFlowError::toString).toList();
	}

	@Test
	void loadsTheExampleFlowOfTheConfigurationFile() {
		IvrFlow flow = IvrFlows.load("main", exampleFlow());

		assertThat(flow.start()).isEqualTo("welcome");
		assertThat(flow.nodes()).containsOnlyKeys("welcome", "general");
		assertThat(flow.node("welcome"))
			.isEqualTo(new IvrNode.Menu("welcome", Map.of("1", "general"), 5, 2, null, "general"));
		assertThat(flow.node("general")).isEqualTo(new IvrNode.Queue("general", OptionalInt.empty()));
	}

	@Test
	void rejectsAnUnknownKeyNamingFlowNodeAndKey() {
		Map<String, Object> flow = flowWith(nodes("welcome",
				Map.of("type", "menu", "prompt", "welcome", "options", Map.of("1", "general"), "timout", 5), "general",
				Map.of("type", "queue", "queue", "general")));

		assertThatThrownBy(() -> IvrFlows.fromMap("main", flow)).isInstanceOf(InvalidIvrFlowException.class)
			.hasMessageStartingWith("ivr 'main' node 'welcome': unknown key 'timout' (allowed: type, prompt, options,");
	}

	@Test
	void rejectsAnUnknownKeyOfTheFlowItself() {
		Map<String, Object> flow = new LinkedHashMap<>(exampleFlow());
		flow.put("strat", "welcome");

		assertThat(errorsOf(flow)).containsExactly("ivr 'main': unknown key 'strat' (allowed: name, start, nodes)");
	}

	@Test
	void rejectsAnUnknownNodeTypeListingTheTypes() {
		Map<String, Object> flow = flowWith(nodes("welcome", Map.of("type", "fax", "number", "1")));

		assertThat(errorsOf(flow)).containsExactly("ivr 'main' node 'welcome': unknown type 'fax'; use one of play, "
				+ "menu, collect, condition, set, lookup, queue, transfer, voicemail, survey, hangup, goto");
	}

	@Test
	void reportsEveryBadValueAtOnceNamingItsField() {
		Map<String, Object> flow = flowWith(nodes("menu",
				Map.of("type", "menu", "prompt", "m", "options", Map.of("12", "q"), "timeoutSeconds", "five", "retries",
						-1),
				"digits",
				Map.of("type", "collect", "variable", "pin", "minDigits", 6, "maxDigits", 4, "terminator", "x", "next",
						"q"),
				"xfer", Map.of("type", "transfer", "target", "phone:1"), "play", Map.of("type", "play", "next", "q"),
				"q", Map.of("type", "queue", "queue", "general", "priority", 5000)));

		assertThat(errorsOf(flow)).containsExactly(
				"ivr 'main' node 'menu': option '12' must be one key: 0-9, * or # (quote * and # in YAML)",
				"ivr 'main' node 'menu': 'timeoutSeconds' must be a whole number from 1 to 300, not 'five'",
				"ivr 'main' node 'menu': 'retries' must be a whole number from 0 to 9, not -1",
				"ivr 'main' node 'digits': 'minDigits' (6) must not exceed 'maxDigits' (4)",
				"ivr 'main' node 'digits': 'terminator' must be \"#\" or \"*\" (quoted in YAML), not 'x'",
				"ivr 'main' node 'xfer': 'target': 'phone:1' is not a transfer target; write agent:ID, "
						+ "extension:NUMBER or external:NUMBER",
				"ivr 'main' node 'play': missing 'prompt'",
				"ivr 'main' node 'q': 'priority' must be a whole number from 0 to 1000, not 5000");
	}

	@Test
	void acceptsNumbersWhereYamlParsesUnquotedDigits() {
		Map<String, Object> flow = flowWith(
				nodes("menu", Map.of("type", "menu", "prompt", "m", "options", Map.of(1, "ext", 2, "vip")), "ext",
						Map.of("type", "transfer", "target", "extension:1001"), "vip",
						Map.of("type", "queue", "queue", "vip", "priority", 10)));

		IvrFlow loaded = IvrFlows.load("main", flow);

		assertThat(((IvrNode.Menu) loaded.node("menu")).options()).containsEntry("1", "ext").containsEntry("2", "vip");
		assertThat(loaded.node("ext"))
			.isEqualTo(new IvrNode.Transfer(new TransferTarget(TransferTarget.Kind.EXTENSION, "1001")));
		assertThat(loaded.node("vip")).isEqualTo(new IvrNode.Queue("vip", OptionalInt.of(10)));
	}

	@Test
	void readsEveryKindOfConditionTest() {
		List<Map<String, Object>> branches = List.of(Map.of("open", "office", "goto", "q"),
				Map.of("closed", "holidays", "goto", "q"), Map.of("callerPrefix", "0086", "goto", "q"),
				Map.of("caller", "13800138000", "goto", "q"),
				Map.of("attribute", "tier", "equals", "gold", "goto", "q"),
				Map.of("variable", "lang", "equals", "en", "goto", "q"),
				Map.of("variable", "order", "matches", "[0-9]{8}", "goto", "q"),
				Map.of("variable", "pin", "present", false, "goto", "q"));
		Map<String, Object> flow = flowWith(
				nodes("check", Map.of("type", "condition", "branches", branches, "else", "q"), "q",
						Map.of("type", "queue", "queue", "general")));

		IvrNode.Condition condition = (IvrNode.Condition) IvrFlows.load("main", flow).node("check");

		assertThat(condition.branches()).extracting(IvrNode.Branch::when)
			.containsExactly(new IvrPredicate.Calendar("office", true), new IvrPredicate.Calendar("holidays", false),
					new IvrPredicate.CallerPrefix("0086"), new IvrPredicate.CallerEquals("13800138000"),
					new IvrPredicate.AttributeEquals("tier", "gold"), new IvrPredicate.VariableEquals("lang", "en"),
					new IvrPredicate.VariableMatches("order", "[0-9]{8}"),
					new IvrPredicate.VariablePresent("pin", false));
		assertThat(condition.otherwise()).isEqualTo("q");
	}

	@Test
	void rejectsBadConditionBranchesNamingTheBranch() {
		List<Map<String, Object>> branches = List.of(Map.of("open", "office", "callerPrefix", "1", "goto", "q"),
				Map.of("goto", "q"), Map.of("variable", "order", "matches", "[0-9", "goto", "q"),
				Map.of("variable", "x", "goto", "q"), Map.of("open", "office", "gotoo", "q"));
		Map<String, Object> flow = flowWith(nodes("check", Map.of("type", "condition", "branches", branches)));

		List<String> errors = errorsOf(flow);

		assertThat(errors).hasSize(7);
		assertThat(errors.get(0))
			.startsWith("ivr 'main' node 'check': branch 1: has more than one test [open, callerPrefix]");
		assertThat(errors.get(1)).startsWith("ivr 'main' node 'check': branch 2: needs a test");
		assertThat(errors.get(2))
			.startsWith("ivr 'main' node 'check': branch 3: 'matches' is not a regular expression");
		assertThat(errors.get(3))
			.isEqualTo("ivr 'main' node 'check': branch 4: a variable test needs 'equals', 'matches' or 'present'");
		assertThat(errors.subList(4, 7)).containsExactly("ivr 'main' node 'check': branch 5: missing 'goto'",
				"ivr 'main' node 'check': branch 5: unknown key 'gotoo' (allowed: open, goto)",
				"ivr 'main' node 'check': missing 'else'");
	}

	@Test
	void rejectsMalformedVariableReferences() {
		Map<String, Object> flow = flowWith(
				nodes("set", Map.of("type", "set", "variable", "greeting", "value", "hello ${name", "next", "look"),
						"look", Map.of("type", "lookup", "source", "crm", "parameters", Map.of("phone", "${}"),
								"onFound", "set", "onNotFound", "set")));

		assertThat(errorsOf(flow)).containsExactly(
				"ivr 'main' node 'set': 'value': 'hello ${name' has a ${ without a closing }",
				"ivr 'main' node 'look': parameter 'phone': '${}' has an empty ${} reference");
	}

	@Test
	void rejectsANodeThatIsNotAMapAndAMissingNodesKey() {
		assertThat(errorsOf(flowWith(nodes("welcome", "play hello"))))
			.containsExactly("ivr 'main' node 'welcome': must be a map with a 'type', not 'play hello'");
		assertThat(errorsOf(Map.of("start", "welcome"))).containsExactly("ivr 'main': missing 'nodes'");
	}

	@Test
	void rejectsANameThatDiffersFromTheOneLoaded() {
		assertThatThrownBy(() -> IvrFlows.fromMap("support", exampleFlow()))
			.hasMessage("ivr 'support': 'name' is 'main' but the flow is loaded as 'support'");
	}

	@Test
	void loadValidatesTheGraphAfterParsing() {
		Map<String, Object> flow = flowWith(nodes("welcome", Map.of("type", "goto", "target", "genral")));

		assertThatThrownBy(() -> IvrFlows.load("main", flow)).isInstanceOf(InvalidIvrFlowException.class)
			.hasMessage("ivr 'main' node 'welcome': target goes to missing node 'genral'");
	}

	@Test
	void loadsAllFlowsOfTheConfigurationAndRejectsDuplicateOrNamelessOnes() {
		Map<String, Object> support = new LinkedHashMap<>(exampleFlow());
		support.put("name", "support");

		assertThat(IvrFlows.loadAll(List.of(exampleFlow(), support))).containsOnlyKeys("main", "support");
		InvalidIvrFlowException ex = catchThrowableOfType(InvalidIvrFlowException.class,
				() -> IvrFlows.loadAll(List.of(exampleFlow(), exampleFlow(), Map.of("start", "x"))));
		assertThat(ex.errors()).extracting(IvrFlowError::toString)
			.containsExactly("ivr 'main': is defined twice (entry #2)", "ivr '#3': needs a 'name'");
	}

	@Test
	void loadChecksReferencesAgainstTheConfiguredNames() {
		IvrReferences known = new IvrReferences(Set.of("sales"), null, null);

		assertThatThrownBy(() -> IvrFlows.loadAll(List.of(exampleFlow()), known))
			.isInstanceOf(InvalidIvrFlowException.class)
			.hasMessage("ivr 'main' node 'general': queue 'general' does not exist");
		assertThat(IvrFlows.load("main", exampleFlow(), new IvrReferences(Set.of("general"), Set.of(), Set.of())))
			.isNotNull();
	}

}
