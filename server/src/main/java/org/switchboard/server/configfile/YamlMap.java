package org.switchboard.server.configfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, each problem recorded with its line and path.
 * Reading a missing or ill-typed field records a problem and returns a neutral value, so
 * that one pass finds every problem in a file.
 */
public final class YamlMap {

	private final Node node;

	private final String path;

	private final Problems problems;

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private YamlMap(Node node, String path, Problems problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	/**
	 * Reads {@code node} as a mapping; a non-mapping node is a problem and reads as
	 * empty.
	 */
	public static YamlMap of(Node node, String path, Problems problems) {
		YamlMap map = new YamlMap(node, path, problems);
		if (!(node instanceof MappingNode mapping)) {
			problems.add(node, path, "expected a mapping of key: value");
			return map;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : null;
			if (key == null) {
				problems.add(tuple.getKeyNode(), path, "keys must be plain names");
			}
			else if (map.fields.putIfAbsent(key, tuple) != null) {
				problems.add(tuple.getKeyNode(), map.child(key), "duplicate key '" + key + "'");
			}
		}
		return map;
	}

	/**
	 * Reads {@code node} as a sequence; null (absent) reads as empty, anything else is a
	 * problem.
	 */
	public static List<Node> sequence(Node node, String path, Problems problems) {
		if (node == null || isNull(node)) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(node, path, "expected a list");
			return List.of();
		}
		return sequence.getValue();
	}

	public int line() {
		return Problems.line(this.node);
	}

	/** The line of {@code key}'s value, or of this mapping when the key is absent. */
	public int lineOf(String key) {
		Node value = value(key);
		return Problems.line((value != null) ? value : this.node);
	}

	public String path() {
		return this.path;
	}

	public Problems problems() {
		return this.problems;
	}

	public Set<String> keys() {
		return Collections.unmodifiableSet(this.fields.keySet());
	}

	/** Records a problem for every key not in {@code allowed}. */
	public YamlMap allowOnly(Set<String> allowed) {
		this.fields.forEach((key, tuple) -> {
			if (!allowed.contains(key)) {
				this.problems.add(tuple.getKeyNode(), child(key),
						"unknown key '" + key + "' (expected one of " + String.join(", ", sorted(allowed)) + ")");
			}
		});
		return this;
	}

	public boolean has(String key) {
		Node value = value(key);
		return value != null && !isNull(value);
	}

	public Node value(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? tuple.getValueNode() : null;
	}

	public String child(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	public String requiredString(String key) {
		String value = optionalString(key, null);
		if (value == null && !this.fields.containsKey(key)) {
			this.problems.add(this.node, child(key), "is required");
		}
		else if (value == null || value.isBlank()) {
			this.problems.add(value(key), child(key), "must not be empty");
		}
		return (value != null) ? value.strip() : "";
	}

	public String optionalString(String key, String defaultValue) {
		Node value = value(key);
		if (value == null || isNull(value)) {
			return defaultValue;
		}
		if (value instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		this.problems.add(value, child(key), "expected a single value");
		return defaultValue;
	}

	public boolean optionalBoolean(String key, boolean defaultValue) {
		String text = optionalString(key, null);
		if (text == null) {
			return defaultValue;
		}
		return switch (text.toLowerCase()) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> {
				this.problems.add(value(key), child(key), "expected true or false, not '" + text + "'");
				yield defaultValue;
			}
		};
	}

	/** An integer within {@code [min, max]}. */
	public int optionalInt(String key, int defaultValue, int min, int max) {
		String text = optionalString(key, null);
		if (text == null) {
			return defaultValue;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < min || value > max) {
				this.problems.add(value(key), child(key), "must be between " + min + " and " + max + ", not " + value);
				return defaultValue;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			this.problems.add(value(key), child(key), "expected a whole number, not '" + text + "'");
			return defaultValue;
		}
	}

	/** A list of plain values, e.g. {@code roles: [AGENT, QA]}. */
	public List<String> stringList(String key) {
		List<String> values = new ArrayList<>();
		List<Node> items = sequence(value(key), child(key), this.problems);
		for (int i = 0; i < items.size(); i++) {
			Node item = items.get(i);
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				values.add(scalar.getValue().strip());
			}
			else {
				this.problems.add(item, child(key) + "[" + i + "]", "expected a plain value");
			}
		}
		return values;
	}

	/** A nested list of mappings, each read with {@code path[i]}. */
	public List<YamlMap> mapList(String key) {
		List<YamlMap> maps = new ArrayList<>();
		List<Node> items = sequence(value(key), child(key), this.problems);
		for (int i = 0; i < items.size(); i++) {
			maps.add(of(items.get(i), child(key) + "[" + i + "]", this.problems));
		}
		return maps;
	}

	/** A problem about this mapping as a whole or one of its fields. */
	public void problem(String key, String message) {
		Node at = (key != null && value(key) != null) ? value(key) : this.node;
		this.problems.add(at, (key != null) ? child(key) : this.path, message);
	}

	static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
	}

	private static List<String> sorted(Set<String> keys) {
		List<String> list = new ArrayList<>(keys);
		Collections.sort(list);
		return list;
	}

}
