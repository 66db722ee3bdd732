package org.switchboard.engine.sim;

import java.util.List;
import java.util.Map;

import org.switchboard.engine.metrics.KpiReport;

/**
 * What a simulation produced.
 *
 * @param scenario the scenario run
 * @param simulatedCalls callers generated, warm-up included
 * @param journalEvents events the engine wrote to its journal
 * @param report KPIs of the statistics window (warm-up excluded)
 * @param agentsByQueue ids of the agents qualified for each queue, for queue occupancy
 */
public record SimulationResult(Scenario scenario, long simulatedCalls, long journalEvents, KpiReport report,
		Map<String, List<String>> agentsByQueue) {

	public SimulationResult {
		agentsByQueue = Map.copyOf(agentsByQueue);
	}

}
