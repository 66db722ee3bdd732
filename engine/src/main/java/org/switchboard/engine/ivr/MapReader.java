package org.switchboard.engine.ivr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields out of one map of the configuration's YAML shape (Map, List, String,
 * Integer, Boolean), recording an {@link IvrFlowError} for each missing, mistyped or
 * unknown key instead of stopping at the first.
 */
final class MapReader {

	private final String flow;

	private final String node;

	private final String where;

	private final Map<?, ?> map;

	private final List<IvrFlowError> errors;

	private final Set<String> known = new LinkedHashSet<>();

	private final int errorsBefore;

	MapReader(String flow, String node, String where, Map<?, ?> map, List<IvrFlowError> errors) {
		this.flow = flow;
		this.node = node;
		this.where = where;
		this.map = map;
		this.errors = errors;
		this.errorsBefore = errors.size();
	}

	/** Whether no error was recorded since this reader was made. */
	boolean clean() {
		return this.errors.size() == this.errorsBefore;
	}

	boolean has(String key) {
		return this.map.containsKey(key);
	}

	/** A reader of {@code nestedMap}, in this one's node at place {@code where}. */
	MapReader nested(String where, Map<?, ?> nestedMap) {
		return new MapReader(this.flow, this.node, where, nestedMap, this.errors);
	}

	/**
	 * Records an error about this map (prefixed with its place, e.g. {@code branch 2}).
	 */
	void error(String message) {
		String placed = (this.where != null) ? this.where + ": " + message : message;
		this.errors.add(new IvrFlowError(this.flow, this.node, placed));
	}

	String text(String key) {
		if (this.map.get(key) == null) {
			this.known.add(key);
			error("missing '" + key + "'");
			return null;
		}
		return optionalText(key);
	}

	String optionalText(String key) {
		this.known.add(key);
		Object value = this.map.get(key);
		if (value == null) {
			return null;
		}
		String text = asText(value);
		if (text == null || text.isBlank()) {
			error("'" + key + "' must be a non-empty text, not " + describe(value));
			return null;
		}
		return text;
	}

	/** Text that may contain {@code ${variable}} references. */
	String template(String key, boolean required) {
		String value = required ? text(key) : optionalText(key);
		String problem = (value != null) ? Templates.problem(value) : null;
		if (problem != null) {
			error("'" + key + "': " + problem);
		}
		return value;
	}

	int number(String key, int fallback, int min, int max) {
		this.known.add(key);
		Object value = this.map.get(key);
		if (value == null) {
			return fallback;
		}
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= min
				&& ((Number) value).longValue() <= max) {
			return ((Number) value).intValue();
		}
		error("'" + key + "' must be a whole number from " + min + " to " + max + ", not " + describe(value));
		return fallback;
	}

	Integer optionalNumber(String key, int min, int max) {
		this.known.add(key);
		return (this.map.get(key) != null) ? number(key, min, min, max) : null;
	}

	Boolean flag(String key) {
		this.known.add(key);
		Object value = this.map.get(key);
		if (value instanceof Boolean bool) {
			return bool;
		}
		error("'" + key + "' must be true or false, not " + describe(value));
		return null;
	}

	/** A map of texts (keys and values), empty when absent unless required. */
	Map<String, String> textMap(String key, boolean required) {
		this.known.add(key);
		Object value = this.map.get(key);
		Map<String, String> result = new LinkedHashMap<>();
		if (value == null) {
			if (required) {
				error("missing '" + key + "'");
			}
			return result;
		}
		if (!(value instanceof Map<?, ?> entries)) {
			error("'" + key + "' must be a map, not " + describe(value));
			return result;
		}
		entries.forEach((name, item) -> {
			String text = asText(item);
			if (asText(name) == null || text == null) {
				error("'" + key + "' entry " + describe(name) + " must map a text to a text, not " + describe(item));
			}
			else {
				result.put(asText(name), text);
			}
		});
		return result;
	}

	/** A list of maps; empty when absent or wrong (the error recorded). */
	List<Map<?, ?>> maps(String key) {
		this.known.add(key);
		Object value = this.map.get(key);
		List<Map<?, ?>> result = new ArrayList<>();
		if (!(value instanceof List<?> items)) {
			error((value == null) ? "missing '" + key + "'" : "'" + key + "' must be a list, not " + describe(value));
			return result;
		}
		for (Object item : items) {
			if (item instanceof Map<?, ?> entry) {
				result.add(entry);
			}
			else {
				error("'" + key + "' items must be maps, not " + describe(item));
			}
		}
		return result;
	}

	/**
	 * Records an error for every key no accessor asked for, listing the keys that are
	 * allowed.
	 */
	void rejectUnknownKeys() {
		for (Object key : this.map.keySet()) {
			if (!this.known.contains(String.valueOf(key))) {
				error("unknown key '" + key + "' (allowed: " + String.join(", ", this.known) + ")");
			}
		}
	}

	/** Marks {@code keys} as allowed without reading them. */
	void allow(String... keys) {
		this.known.addAll(List.of(keys));
	}

	static String asText(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		return null;
	}

	static String describe(Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof String) {
			return "'" + value + "'";
		}
		if (value instanceof Map || value instanceof List) {
			return "a " + ((value instanceof Map) ? "map" : "list");
		}
		return String.valueOf(value);
	}

}
