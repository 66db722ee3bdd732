package org.switchboard.engine.metrics;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of a period: per queue and per agent, each as interval rows (sorted by start)
 * and whole-period totals summed from those rows.
 *
 * @param settings how the figures were counted
 * @param queueIntervals interval rows per queue name, in time order
 * @param agentIntervals interval rows per agent id, in time order
 */
public record KpiReport(KpiSettings settings, Map<String, List<QueueFigures>> queueIntervals,
		Map<String, List<AgentFigures>> agentIntervals) {

	public KpiReport {
		queueIntervals = Map.copyOf(queueIntervals);
		agentIntervals = Map.copyOf(agentIntervals);
	}

	/** Whole-period figures of {@code queue} (empty when nothing was counted). */
	public QueueFigures queue(String queue) {
		QueueFigures total = QueueFigures.empty(queue, null);
		for (QueueFigures row : this.queueIntervals.getOrDefault(queue, List.of())) {
			total = total.plus(row);
		}
		return total;
	}

	/** Whole-period figures of {@code agentId} (empty when nothing was counted). */
	public AgentFigures agent(String agentId) {
		return agents(List.of(agentId), agentId);
	}

	/** Whole-period figures of a group of agents summed, labelled {@code label}. */
	public AgentFigures agents(Collection<String> agentIds, String label) {
		AgentFigures total = AgentFigures.empty(label, null);
		for (String id : agentIds) {
			for (AgentFigures row : this.agentIntervals.getOrDefault(id, List.of())) {
				total = total.plus(row, label);
			}
		}
		return total;
	}

}
