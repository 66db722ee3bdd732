package org.switchboard.engine.ivr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Builds small flows for tests: {@code flow("start", "name", node, "name", node, ...)}.
 */
final class TestFlows {

	private TestFlows() {
	}

	static IvrFlow flow(String start, Object... namesAndNodes) {
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		for (int i = 0; i < namesAndNodes.length; i += 2) {
			nodes.put((String) namesAndNodes[i], (IvrNode) namesAndNodes[i + 1]);
		}
		return new IvrFlow("main", start, nodes);
	}

	static IvrNode.Queue queue(String name) {
		return new IvrNode.Queue(name, OptionalInt.empty());
	}

	static IvrStep.ToQueue toQueue(String name) {
		return new IvrStep.ToQueue(name, OptionalInt.empty());
	}

}
