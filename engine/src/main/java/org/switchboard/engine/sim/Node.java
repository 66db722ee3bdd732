package org.switchboard.engine.sim;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a parsed scenario with its path: typed reads that fail with the path,
 * and {@link #done()} that rejects keys nobody asked for.
 */
final class Node {

	private final String path;

	private final Map<String, Object> values;

	private final Set<String> read = new LinkedHashSet<>();

	Node(String path, Object value) {
		this.path = path;
		if (!(value instanceof Map<?, ?> map)) {
			throw new ScenarioException(path, "expected a mapping of keys to values, got " + describe(value));
		}
		this.values = new LinkedHashMap<>();
		map.forEach((k, v) -> this.values.put(String.valueOf(k), v));
	}

	String path(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	boolean has(String key) {
		return this.values.containsKey(key) && this.values.get(key) != null;
	}

	private Object raw(String key) {
		this.read.add(key);
		return this.values.get(key);
	}

	private Object required(String key) {
		Object value = raw(key);
		if (value == null) {
			throw new ScenarioException(path(key), "required");
		}
		return value;
	}

	String string(String key) {
		Object value = required(key);
		if (!(value instanceof String s) || s.isBlank()) {
			throw new ScenarioException(path(key), "expected a non-empty text, got " + describe(value));
		}
		return s;
	}

	String string(String key, String defaultValue) {
		return has(key) ? string(key) : markRead(key, defaultValue);
	}

	long integer(String key) {
		Object value = required(key);
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return ((Number) value).longValue();
		}
		throw new ScenarioException(path(key), "expected a whole number, got " + describe(value));
	}

	long integer(String key, long defaultValue) {
		return has(key) ? integer(key) : markRead(key, defaultValue);
	}

	int intAtLeast(String key, int min) {
		return checkIntRange(key, integer(key), min);
	}

	int intAtLeast(String key, int min, int defaultValue) {
		return has(key) ? intAtLeast(key, min) : markRead(key, defaultValue);
	}

	private int checkIntRange(String key, long value, int min) {
		if (value < min || value > Integer.MAX_VALUE) {
			throw new ScenarioException(path(key), "must be at least " + min + ", was " + value);
		}
		return (int) value;
	}

	double number(String key) {
		Object value = required(key);
		if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
			return n.doubleValue();
		}
		throw new ScenarioException(path(key), "expected a number, got " + describe(value));
	}

	double positive(String key) {
		double value = number(key);
		if (!(value > 0)) {
			throw new ScenarioException(path(key), "must be greater than 0, was " + value);
		}
		return value;
	}

	double nonNegative(String key) {
		double value = number(key);
		if (value < 0) {
			throw new ScenarioException(path(key), "must not be negative, was " + value);
		}
		return value;
	}

	Duration duration(String key) {
		Object value = required(key);
		try {
			return Duration.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new ScenarioException(path(key),
					"expected an ISO-8601 duration such as PT1000H or PT30M, got " + describe(value));
		}
	}

	LocalTime time(String key) {
		Object value = required(key);
		String text = String.valueOf(value);
		if (text.equals("24:00")) {
			return LocalTime.MAX;
		}
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ScenarioException(path(key), "expected a time of day such as \"08:30\", got " + describe(value));
		}
	}

	Node node(String key) {
		return new Node(path(key), required(key));
	}

	List<Node> nodes(String key, boolean required) {
		Object value = required ? required(key) : raw(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new ScenarioException(path(key), "expected a list, got " + describe(value));
		}
		if (required && list.isEmpty()) {
			throw new ScenarioException(path(key), "needs at least one entry");
		}
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			nodes.add(new Node(path(key) + "[" + i + "]", list.get(i)));
		}
		return nodes;
	}

	/** A mapping of names to whole numbers between {@code min} and {@code max}. */
	Map<String, Integer> levels(String key, int min, int max) {
		Node levels = node(key);
		Map<String, Integer> result = new LinkedHashMap<>();
		for (String name : levels.values.keySet()) {
			result.put(name, levels.intBetween(name, min, max));
		}
		if (result.isEmpty()) {
			throw new ScenarioException(path(key), "needs at least one entry");
		}
		return result;
	}

	int intBetween(String key, int min, int max) {
		long value = integer(key);
		if (value < min || value > max) {
			throw new ScenarioException(path(key), "must be between " + min + " and " + max + ", was " + value);
		}
		return (int) value;
	}

	ScenarioException problem(String key, String problem) {
		return new ScenarioException(path(key), problem);
	}

	/** Fails on the first key that was never read: a typo or an unsupported setting. */
	void done() {
		for (String key : this.values.keySet()) {
			if (!this.read.contains(key)) {
				throw new ScenarioException(path(key), "unknown key");
			}
		}
	}

	private <T> T markRead(String key, T value) {
		this.read.add(key);
		return value;
	}

	static String describe(Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof String s) {
			return "'" + s + "'";
		}
		if (value instanceof Map) {
			return "a mapping";
		}
		if (value instanceof List) {
			return "a list";
		}
		return String.valueOf(value);
	}

}
