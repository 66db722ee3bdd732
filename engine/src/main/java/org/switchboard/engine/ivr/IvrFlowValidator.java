package org.switchboard.engine.ivr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an {@link IvrFlow} before use: the start node exists, every target exists, every
 * node is reachable from the start, and no loop can go round without the caller pressing
 * a key (such a loop would spin for ever). Returns every error, each naming its node.
 */
public final class IvrFlowValidator {

	private IvrFlowValidator() {
	}

	/**
	 * Every problem of {@code flow} and of its references to queues, calendars, agents
	 * and extensions that {@code known} does not list; empty when it is fit to run.
	 */
	public static List<IvrFlowError> validate(IvrFlow flow, IvrReferences known) {
		List<IvrFlowError> errors = validate(flow);
		flow.nodes().forEach((name, node) -> references(flow, name, node, known, errors));
		return errors;
	}

	/** Every problem of {@code flow} as a graph; empty when it is fit to run. */
	public static List<IvrFlowError> validate(IvrFlow flow) {
		List<IvrFlowError> errors = new ArrayList<>();
		if (flow.nodes().isEmpty()) {
			errors.add(new IvrFlowError(flow.name(), null, "has no nodes"));
			return errors;
		}
		if (flow.start() == null || flow.node(flow.start()) == null) {
			errors.add(new IvrFlowError(flow.name(), null, "start node '" + flow.start() + "' does not exist"));
		}
		missingTargets(flow, errors);
		if (flow.start() != null && flow.node(flow.start()) != null) {
			unreachable(flow, errors);
		}
		InputFreeLoops.find(flow, errors);
		return errors;
	}

	private static void missingTargets(IvrFlow flow, List<IvrFlowError> errors) {
		flow.nodes().forEach((name, node) -> node.targets().forEach((label, target) -> {
			if (flow.node(target) == null) {
				errors.add(new IvrFlowError(flow.name(), name, label + " goes to missing node '" + target + "'"));
			}
		}));
	}

	private static void references(IvrFlow flow, String name, IvrNode node, IvrReferences known,
			List<IvrFlowError> errors) {
		if (node instanceof IvrNode.Queue queue && unknown(known.queues(), queue.queue())) {
			errors.add(new IvrFlowError(flow.name(), name, "queue '" + queue.queue() + "' does not exist"));
		}
		if (node instanceof IvrNode.Transfer transfer && transfer.target().kind() == TransferTarget.Kind.AGENT
				&& unknown(known.agents(), transfer.target().destination())) {
			errors.add(new IvrFlowError(flow.name(), name,
					"agent '" + transfer.target().destination() + "' does not exist"));
		}
		if (node instanceof IvrNode.Transfer transfer && transfer.target().kind() == TransferTarget.Kind.EXTENSION
				&& unknown(known.extensions(), transfer.target().destination())) {
			errors.add(new IvrFlowError(flow.name(), name, "extension '" + transfer.target().destination()
					+ "' is not configured; list it under 'extensions'"));
		}
		if (node instanceof IvrNode.Condition condition) {
			for (int i = 0; i < condition.branches().size(); i++) {
				if (condition.branches().get(i).when() instanceof IvrPredicate.Calendar calendar
						&& unknown(known.calendars(), calendar.calendar())) {
					errors.add(new IvrFlowError(flow.name(), name,
							"branch " + (i + 1) + ": calendar '" + calendar.calendar() + "' does not exist"));
				}
			}
		}
	}

	private static boolean unknown(Set<String> known, String name) {
		return known != null && !known.contains(name);
	}

	private static void unreachable(IvrFlow flow, List<IvrFlowError> errors) {
		Set<String> reached = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		pending.add(flow.start());
		reached.add(flow.start());
		while (!pending.isEmpty()) {
			for (String target : flow.node(pending.poll()).targets().values()) {
				if (flow.node(target) != null && reached.add(target)) {
					pending.add(target);
				}
			}
		}
		for (String name : flow.nodes().keySet()) {
			if (!reached.contains(name)) {
				errors.add(new IvrFlowError(flow.name(), name,
						"cannot be reached from start node '" + flow.start() + "'; link it or remove it"));
			}
		}
	}

	/**
	 * Finds cycles among the nodes that neither wait for the caller nor leave the IVR.
	 * Nodes that cannot reach such a cycle are peeled off first; from each node left, a
	 * walk along its first remaining edge must come round to a cycle.
	 */
	private static final class InputFreeLoops {

		private final IvrFlow flow;

		private final Map<String, List<String>> edges = new LinkedHashMap<>();

		private InputFreeLoops(IvrFlow flow) {
			this.flow = flow;
			flow.nodes().forEach((name, node) -> {
				if (!node.waitsForCaller() && !node.leavesIvr()) {
					this.edges.put(name, new ArrayList<>(node.targets().values()));
				}
			});
			this.edges.values().forEach((targets) -> targets.removeIf((target) -> !this.edges.containsKey(target)));
		}

		static void find(IvrFlow flow, List<IvrFlowError> errors) {
			InputFreeLoops loops = new InputFreeLoops(flow);
			loops.peelNodesOutsideLoops();
			loops.report(errors);
		}

		private void peelNodesOutsideLoops() {
			boolean peeled = true;
			while (peeled) {
				peeled = this.edges.values().removeIf(List::isEmpty);
				this.edges.values().forEach((targets) -> targets.removeIf((target) -> !this.edges.containsKey(target)));
			}
		}

		private void report(List<IvrFlowError> errors) {
			Set<String> done = new HashSet<>();
			for (String from : this.edges.keySet()) {
				Map<String, Integer> walk = new HashMap<>();
				List<String> order = new ArrayList<>();
				String at = from;
				while (!done.contains(at) && !walk.containsKey(at)) {
					walk.put(at, order.size());
					order.add(at);
					at = this.edges.get(at).get(0);
				}
				if (!done.contains(at)) {
					List<String> loop = new ArrayList<>(order.subList(walk.get(at), order.size()));
					loop.add(at);
					errors.add(new IvrFlowError(this.flow.name(), at, "loops back to itself without caller input ("
							+ String.join(" > ", loop) + "); put a menu, collect or survey node in the loop"));
				}
				done.addAll(order);
			}
		}

	}

}
