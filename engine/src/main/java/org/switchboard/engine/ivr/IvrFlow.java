package org.switchboard.engine.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One IVR flow: a named graph of nodes entered at {@code start}. Immutable, so a contact
 * keeps running the version of the flow it entered while an administrator edits the next
 * one. The node map keeps its insertion order (the order of the configuration file),
 * which keeps validation messages in a stable order.
 */
public record IvrFlow(String name, String start, Map<String, IvrNode> nodes) {

	public IvrFlow {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(nodes, "nodes");
		nodes.forEach((id, node) -> {
			Objects.requireNonNull(id, "node name");
			Objects.requireNonNull(node, () -> "node '" + id + "'");
		});
		nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
	}

	/** The node called {@code nodeName}, or null when the flow has none of that name. */
	public IvrNode node(String nodeName) {
		return this.nodes.get(nodeName);
	}

}
