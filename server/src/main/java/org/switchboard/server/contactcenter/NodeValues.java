package org.switchboard.server.contactcenter;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML node as plain maps, lists, strings, numbers and booleans (dates as ISO text),
 * the shape the engine's loaders and the stored definitions use.
 */
final class NodeValues extends SafeConstructor {

	private NodeValues() {
		super(new LoaderOptions());
	}

	static Object of(Node node) {
		return plain(new NodeValues().constructDocument(node));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> mapOf(Node node) {
		Object value = of(node);
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : Map.of();
	}

	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(NodeValues::plain).toList();
		}
		if (value instanceof Date date) {
			return date.toInstant().toString().substring(0, 10);
		}
		return value;
	}

}
