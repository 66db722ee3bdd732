package org.switchboard.engine.ivr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link IvrFlow}s from the configuration's shape, as SnakeYAML parses it into
 * maps, lists, strings and numbers:
 *
 * <pre>
 * ivrs:
 *   - name: main
 *     start: welcome
 *     nodes:
 *       welcome: {type: menu, prompt: welcome, options: {"1": general}, timeoutSeconds: 5, retries: 2, onFail: general}
 *       general: {type: queue, queue: general}
 * </pre>
 *
 * Node types and their keys (defaults in brackets; seconds are whole seconds):
 * <ul>
 * <li>{@code play}: prompt, next</li>
 * <li>{@code menu}: prompt, options (key 0-9, * or # to node), timeoutSeconds [5],
 * retries [2] (asks again after a wrong or missing key), invalidPrompt, onFail [hang
 * up]</li>
 * <li>{@code collect}: prompt, variable, minDigits [1], maxDigits [20], terminator ("#"
 * or "*"), timeoutSeconds [10], next, onFail [hang up]</li>
 * <li>{@code condition}: branches (each one test and {@code goto}:
 * {@code open: CALENDAR}, {@code closed: CALENDAR}, {@code callerPrefix}, {@code caller},
 * {@code attribute} with {@code equals}, {@code variable} with {@code equals},
 * {@code matches} or {@code present: true|false}), else</li>
 * <li>{@code set}: variable, value, next</li>
 * <li>{@code lookup}: source, parameters, onFound, onNotFound</li>
 * <li>{@code queue}: queue, priority [the queue's] (0 to 1000)</li>
 * <li>{@code transfer}: target ({@code agent:ID}, {@code extension:NUMBER} or
 * {@code external:NUMBER})</li>
 * <li>{@code voicemail}: mailbox</li>
 * <li>{@code survey}: prompt, timeoutSeconds [5], next [hang up]</li>
 * <li>{@code hangup}: prompt [none]</li>
 * <li>{@code goto}: target</li>
 * </ul>
 *
 * Unknown keys, missing fields and bad values are rejected with a message naming the
 * flow, the node and the field; all of them are reported at once.
 */
public final class IvrFlows {

	private IvrFlows() {
	}

	/**
	 * The flow {@code name} described by {@code map} (keys {@code start}, {@code nodes}
	 * and optionally {@code name}), not yet validated as a graph.
	 * @throws InvalidIvrFlowException listing every problem found
	 */
	public static IvrFlow fromMap(String name, Map<String, ?> map) {
		List<IvrFlowError> errors = new ArrayList<>();
		MapReader reader = new MapReader(name, null, null, map, errors);
		String declared = reader.optionalText("name");
		if (declared != null && !declared.equals(name)) {
			reader.error("'name' is '" + declared + "' but the flow is loaded as '" + name + "'");
		}
		String start = reader.text("start");
		Map<String, IvrNode> nodes = nodes(name, map.get("nodes"), reader, errors);
		reader.rejectUnknownKeys();
		if (!errors.isEmpty()) {
			throw new InvalidIvrFlowException(errors);
		}
		return new IvrFlow(name, start, nodes);
	}

	/**
	 * {@link #fromMap} followed by {@link IvrFlowValidator#validate}: a flow fit to run.
	 * @throws InvalidIvrFlowException listing every problem found
	 */
	public static IvrFlow load(String name, Map<String, ?> map) {
		return load(name, map, IvrReferences.unchecked());
	}

	/**
	 * {@link #load(String, Map)} that also checks the flow's queues, calendars and agents
	 * against {@code known}.
	 * @throws InvalidIvrFlowException listing every problem found
	 */
	public static IvrFlow load(String name, Map<String, ?> map, IvrReferences known) {
		IvrFlow flow = fromMap(name, map);
		List<IvrFlowError> errors = IvrFlowValidator.validate(flow, known);
		if (!errors.isEmpty()) {
			throw new InvalidIvrFlowException(errors);
		}
		return flow;
	}

	/**
	 * Loads every flow of the configuration's {@code ivrs} list, each entry a map with a
	 * {@code name}; the result is keyed by name, in list order.
	 * @throws InvalidIvrFlowException listing every problem of every flow
	 */
	public static Map<String, IvrFlow> loadAll(List<?> ivrs) {
		return loadAll(ivrs, IvrReferences.unchecked());
	}

	/**
	 * {@link #loadAll(List)} that also checks every flow's queues, calendars and agents
	 * against {@code known}.
	 * @throws InvalidIvrFlowException listing every problem of every flow
	 */
	public static Map<String, IvrFlow> loadAll(List<?> ivrs, IvrReferences known) {
		Map<String, IvrFlow> flows = new LinkedHashMap<>();
		List<IvrFlowError> errors = new ArrayList<>();
		for (int i = 0; i < ivrs.size(); i++) {
			String place = "#" + (i + 1);
			Object entry = ivrs.get(i);
			String name = (entry instanceof Map<?, ?> map) ? MapReader.asText(map.get("name")) : null;
			if (name == null || name.isBlank()) {
				errors.add(new IvrFlowError(place, null, "needs a 'name'"));
			}
			else if (flows.containsKey(name) || errors.stream().anyMatch((error) -> error.flow().equals(name))) {
				errors.add(new IvrFlowError(name, null, "is defined twice (entry " + place + ")"));
			}
			else {
				load(name, entry, known, flows, errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidIvrFlowException(errors);
		}
		return Collections.unmodifiableMap(flows);
	}

	@SuppressWarnings("unchecked")
	private static void load(String name, Object entry, IvrReferences known, Map<String, IvrFlow> flows,
			List<IvrFlowError> errors) {
		try {
			flows.put(name, load(name, (Map<String, ?>) entry, known));
		}
		catch (InvalidIvrFlowException ex) {
			errors.addAll(ex.errors());
		}
	}

	private static Map<String, IvrNode> nodes(String flow, Object raw, MapReader reader, List<IvrFlowError> errors) {
		reader.allow("nodes");
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		if (!(raw instanceof Map<?, ?> entries)) {
			reader.error((raw == null) ? "missing 'nodes'"
					: "'nodes' must map node names to nodes, not " + MapReader.describe(raw));
			return nodes;
		}
		entries.forEach((key, value) -> {
			String name = MapReader.asText(key);
			if (name == null || name.isBlank()) {
				reader.error("node name " + MapReader.describe(key) + " must be a text");
				return;
			}
			IvrNode node = NodeParser.parse(flow, name, value, errors);
			if (node != null) {
				nodes.put(name, node);
			}
		});
		return nodes;
	}

}
