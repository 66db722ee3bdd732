package org.switchboard.engine.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds one {@link IvrNode} from its configuration map, recording every problem it finds
 * as an {@link IvrFlowError}. Returns null for a node with any problem.
 */
final class NodeParser {

	/** The node types a flow may use, as written in {@code type:}. */
	static final List<String> TYPES = List.of("play", "menu", "collect", "condition", "set", "lookup", "queue",
			"transfer", "voicemail", "survey", "hangup", "goto");

	private static final List<String> TESTS = List.of("open", "closed", "callerPrefix", "caller", "attribute",
			"variable");

	private static final Pattern KEY = Pattern.compile("[0-9*#]");

	private static final int MAX_TIMEOUT_SECONDS = 300;

	private NodeParser() {
	}

	static IvrNode parse(String flow, String name, Object raw, List<IvrFlowError> errors) {
		if (!(raw instanceof Map<?, ?> map)) {
			errors.add(new IvrFlowError(flow, name, "must be a map with a 'type', not " + MapReader.describe(raw)));
			return null;
		}
		MapReader reader = new MapReader(flow, name, null, map, errors);
		String type = reader.text("type");
		if (type == null) {
			return null;
		}
		if (!TYPES.contains(type)) {
			reader.error("unknown type '" + type + "'; use one of " + String.join(", ", TYPES));
			return null;
		}
		IvrNode node = build(type, reader);
		reader.rejectUnknownKeys();
		return reader.clean() ? node : null;
	}

	private static IvrNode build(String type, MapReader reader) {
		return switch (type) {
			case "play" -> play(reader);
			case "menu" -> menu(reader);
			case "collect" -> collect(reader);
			case "condition" -> condition(reader);
			case "set" -> set(reader);
			case "lookup" -> lookup(reader);
			default -> leaving(type, reader);
		};
	}

	private static IvrNode leaving(String type, MapReader reader) {
		return switch (type) {
			case "queue" -> queue(reader);
			case "transfer" -> transfer(reader);
			case "voicemail" -> voicemail(reader);
			case "survey" -> survey(reader);
			case "hangup" -> hangup(reader);
			default -> jump(reader);
		};
	}

	private static IvrNode play(MapReader reader) {
		String prompt = reader.template("prompt", true);
		String next = reader.text("next");
		return reader.clean() ? new IvrNode.Play(prompt, next) : null;
	}

	private static IvrNode menu(MapReader reader) {
		String prompt = reader.template("prompt", true);
		Map<String, String> options = reader.textMap("options", true);
		for (String key : options.keySet()) {
			if (!KEY.matcher(key).matches()) {
				reader.error("option '" + key + "' must be one key: 0-9, * or # (quote * and # in YAML)");
			}
		}
		if (options.isEmpty() && reader.has("options")) {
			reader.error("'options' must offer at least one choice");
		}
		int timeout = reader.number("timeoutSeconds", 5, 1, MAX_TIMEOUT_SECONDS);
		int retries = reader.number("retries", 2, 0, 9);
		String invalidPrompt = reader.template("invalidPrompt", false);
		String onFail = reader.optionalText("onFail");
		return reader.clean() ? new IvrNode.Menu(prompt, options, timeout, retries, invalidPrompt, onFail) : null;
	}

	private static IvrNode collect(MapReader reader) {
		String prompt = reader.template("prompt", false);
		String variable = reader.text("variable");
		int min = reader.number("minDigits", 1, 0, 64);
		int max = reader.number("maxDigits", 20, 1, 64);
		if (min > max) {
			reader.error("'minDigits' (" + min + ") must not exceed 'maxDigits' (" + max + ")");
		}
		String terminator = reader.optionalText("terminator");
		if (terminator != null && !terminator.equals("#") && !terminator.equals("*")) {
			reader.error("'terminator' must be \"#\" or \"*\" (quoted in YAML), not '" + terminator + "'");
		}
		int timeout = reader.number("timeoutSeconds", 10, 1, MAX_TIMEOUT_SECONDS);
		String next = reader.text("next");
		String onFail = reader.optionalText("onFail");
		return reader.clean() ? new IvrNode.Collect(prompt, variable, min, max, terminator, timeout, next, onFail)
				: null;
	}

	private static IvrNode condition(MapReader reader) {
		List<IvrNode.Branch> branches = new ArrayList<>();
		List<Map<?, ?>> raw = reader.maps("branches");
		for (int i = 0; i < raw.size(); i++) {
			IvrNode.Branch branch = branch(reader.nested("branch " + (i + 1), raw.get(i)));
			if (branch != null) {
				branches.add(branch);
			}
		}
		String otherwise = reader.text("else");
		return reader.clean() ? new IvrNode.Condition(branches, otherwise) : null;
	}

	private static IvrNode.Branch branch(MapReader reader) {
		IvrPredicate when = predicate(reader);
		String target = reader.text("goto");
		reader.rejectUnknownKeys();
		return (reader.clean() && when != null) ? new IvrNode.Branch(when, target) : null;
	}

	private static IvrPredicate predicate(MapReader reader) {
		List<String> tests = TESTS.stream().filter(reader::has).toList();
		if (tests.size() != 1) {
			reader.allow(TESTS.toArray(String[]::new));
			reader.allow("equals", "matches", "present");
			reader.error((tests.isEmpty() ? "needs a test" : "has more than one test " + tests)
					+ ": use one of open, closed, callerPrefix, caller, attribute (with equals) or variable"
					+ " (with equals, matches or present); chain condition nodes to combine tests");
			return null;
		}
		String value = reader.text(tests.get(0));
		if (value == null) {
			return null;
		}
		return switch (tests.get(0)) {
			case "open" -> new IvrPredicate.Calendar(value, true);
			case "closed" -> new IvrPredicate.Calendar(value, false);
			case "callerPrefix" -> new IvrPredicate.CallerPrefix(value);
			case "caller" -> new IvrPredicate.CallerEquals(value);
			case "attribute" -> attributeTest(value, reader);
			default -> variableTest(value, reader);
		};
	}

	private static IvrPredicate attributeTest(String name, MapReader reader) {
		String value = reader.text("equals");
		return (value != null) ? new IvrPredicate.AttributeEquals(name, value) : null;
	}

	private static IvrPredicate variableTest(String name, MapReader reader) {
		if (reader.has("equals")) {
			String value = reader.text("equals");
			return (value != null) ? new IvrPredicate.VariableEquals(name, value) : null;
		}
		if (reader.has("matches")) {
			String regex = reader.text("matches");
			try {
				return (regex != null) ? new IvrPredicate.VariableMatches(name, regex) : null;
			}
			catch (PatternSyntaxException ex) {
				reader.error("'matches' is not a regular expression: " + ex.getDescription());
				return null;
			}
		}
		if (reader.has("present")) {
			Boolean present = reader.flag("present");
			return (present != null) ? new IvrPredicate.VariablePresent(name, present) : null;
		}
		reader.error("a variable test needs 'equals', 'matches' or 'present'");
		return null;
	}

	private static IvrNode set(MapReader reader) {
		String variable = reader.text("variable");
		String value = reader.template("value", true);
		String next = reader.text("next");
		return reader.clean() ? new IvrNode.SetVariable(variable, value, next) : null;
	}

	private static IvrNode lookup(MapReader reader) {
		String source = reader.text("source");
		Map<String, String> parameters = reader.textMap("parameters", false);
		parameters.forEach((name, value) -> {
			String problem = Templates.problem(value);
			if (problem != null) {
				reader.error("parameter '" + name + "': " + problem);
			}
		});
		String onFound = reader.text("onFound");
		String onNotFound = reader.text("onNotFound");
		return reader.clean() ? new IvrNode.Lookup(source, parameters, onFound, onNotFound) : null;
	}

	private static IvrNode queue(MapReader reader) {
		String queue = reader.text("queue");
		Integer priority = reader.optionalNumber("priority", 0, 1000);
		OptionalInt given = (priority != null) ? OptionalInt.of(priority) : OptionalInt.empty();
		return reader.clean() ? new IvrNode.Queue(queue, given) : null;
	}

	private static IvrNode transfer(MapReader reader) {
		String target = reader.text("target");
		if (target == null) {
			return null;
		}
		try {
			return new IvrNode.Transfer(TransferTarget.parse(target));
		}
		catch (IllegalArgumentException ex) {
			reader.error("'target': " + ex.getMessage());
			return null;
		}
	}

	private static IvrNode voicemail(MapReader reader) {
		String mailbox = reader.template("mailbox", true);
		return reader.clean() ? new IvrNode.Voicemail(mailbox) : null;
	}

	private static IvrNode survey(MapReader reader) {
		String prompt = reader.template("prompt", true);
		int timeout = reader.number("timeoutSeconds", 5, 1, MAX_TIMEOUT_SECONDS);
		String next = reader.optionalText("next");
		return reader.clean() ? new IvrNode.Survey(prompt, timeout, next) : null;
	}

	private static IvrNode hangup(MapReader reader) {
		String prompt = reader.template("prompt", false);
		return reader.clean() ? new IvrNode.Hangup(prompt) : null;
	}

	private static IvrNode jump(MapReader reader) {
		String target = reader.text("target");
		return reader.clean() ? new IvrNode.Goto(target) : null;
	}

}
