package org.switchboard.engine.sim;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.switchboard.engine.metrics.AgentFigures;
import org.switchboard.engine.metrics.ErlangC;
import org.switchboard.engine.metrics.KpiReport;
import org.switchboard.engine.metrics.QueueFigures;
import org.switchboard.engine.metrics.ServiceLevelFormula;

/**
 * Writes a {@link SimulationResult} as JSON: run facts, then per queue the KPIs of the
 * statistics window, the Erlang C prediction where its assumptions can hold, and — when a
 * daily profile is used — rows per time-of-day interval summed over all simulated days.
 */
public final class SimulationJson {

	private SimulationJson() {
	}

	public static String write(SimulationResult result) {
		Scenario scenario = result.scenario();
		JsonWriter json = new JsonWriter().beginObject();
		json.field("seed", scenario.seed())
			.field("duration", scenario.duration().toString())
			.field("warmup", scenario.warmup().toString())
			.field("start", Scenario.START.toString())
			.field("simulatedCalls", result.simulatedCalls())
			.field("journalEvents", result.journalEvents())
			.field("serviceLevelSeconds", scenario.serviceLevelSeconds())
			.field("shortAbandonSeconds", scenario.shortAbandonSeconds())
			.field("serviceLevelFormula", ServiceLevelFormula.OFFERED.label());
		json.name("queues").beginObject();
		for (Scenario.QueueSpec queue : scenario.queues()) {
			json.name(queue.name()).beginObject();
			List<String> agents = result.agentsByQueue().get(queue.name());
			QueueFigures figures = result.report().queue(queue.name());
			AgentFigures agentFigures = result.report().agents(agents, queue.name());
			json.field("agents", agents.size());
			writeFigures(json, figures, agentFigures);
			writeErlangC(json, scenario, queue, agents.size());
			if (scenario.usesProfile()) {
				writeIntervals(json, result.report(), queue.name(), agents);
			}
			json.endObject();
		}
		json.endObject();
		return json.endObject().toString() + "\n";
	}

	private static void writeFigures(JsonWriter json, QueueFigures f, AgentFigures a) {
		json.field("offered", f.offered())
			.field("answered", f.answered())
			.field("abandoned", f.abandoned())
			.field("shortAbandons", f.shortAbandons())
			.field("removed", f.removed())
			.field("open", f.open())
			.field("answeredWithinThreshold", f.answeredWithinThreshold())
			.field("serviceLevel", f.serviceLevel())
			.field("serviceLevelFormula", ServiceLevelFormula.OFFERED.label());
		json.name("serviceLevelByFormula").beginObject();
		for (ServiceLevelFormula formula : ServiceLevelFormula.values()) {
			json.field(formula.label(), f.serviceLevel(formula));
		}
		json.endObject();
		json.field("asaSeconds", f.asaSeconds())
			.field("averageRingSeconds", f.averageRingSeconds())
			.field("averageTalkSeconds", f.averageTalkSeconds())
			.field("averageHoldSeconds", f.averageHoldSeconds())
			.field("averageAfterCallWorkSeconds", f.averageAfterCallWorkSeconds())
			.field("averageHandleSeconds", f.averageHandleSeconds())
			.field("abandonRate", f.abandonRate())
			.field("transferRate", f.transferRate())
			.field("occupancy", a.occupancy())
			.field("utilization", a.utilization());
	}

	private static void writeErlangC(JsonWriter json, Scenario scenario, Scenario.QueueSpec queue, int agents) {
		List<Scenario.ArrivalStream> streams = scenario.arrivals()
			.stream()
			.filter((a) -> a.queue().equals(queue.name()))
			.toList();
		boolean applies = scenario.queues().size() == 1 && streams.size() == 1 && streams.get(0).profile().isEmpty()
				&& scenario.agents().stream().allMatch((g) -> g.shifts().isEmpty()) && agents > 0;
		if (!applies) {
			return;
		}
		Scenario.ArrivalStream stream = streams.get(0);
		ErlangC erlang = ErlangC.of(agents, stream.callsPerHour(), stream.handleTime().meanSeconds());
		json.name("erlangC")
			.beginObject()
			.field("assumes", "Poisson arrivals, exponential handling, no abandonment, no wrap-up")
			.field("trafficErlangs", erlang.trafficErlangs())
			.field("probabilityOfWait", erlang.probabilityOfWait())
			.field("serviceLevel", erlang.serviceLevel(scenario.serviceLevelSeconds()))
			.field("asaSeconds", erlang.asaSeconds())
			.field("occupancy", erlang.occupancy())
			.endObject();
	}

	private static void writeIntervals(JsonWriter json, KpiReport report, String queue, List<String> agents) {
		Map<LocalTime, QueueFigures> byTime = new TreeMap<>();
		for (QueueFigures row : report.queueIntervals().getOrDefault(queue, List.of())) {
			byTime.merge(clock(row.intervalStart()), row, QueueFigures::plus);
		}
		Map<LocalTime, AgentFigures> agentsByTime = new TreeMap<>();
		for (String agent : agents) {
			for (AgentFigures row : report.agentIntervals().getOrDefault(agent, List.of())) {
				agentsByTime.merge(clock(row.intervalStart()), row, (x, y) -> x.plus(y, queue));
			}
		}
		json.name("intervals").beginArray();
		byTime.forEach((time, f) -> {
			AgentFigures a = agentsByTime.getOrDefault(time, AgentFigures.empty(queue, null));
			json.beginObject()
				.field("start", time.toString())
				.field("offered", f.offered())
				.field("answered", f.answered())
				.field("abandoned", f.abandoned())
				.field("serviceLevel", f.serviceLevel())
				.field("asaSeconds", f.asaSeconds())
				.field("averageHandleSeconds", f.averageHandleSeconds())
				.field("abandonRate", f.abandonRate())
				.field("occupancy", a.occupancy())
				.endObject();
		});
		json.endArray();
	}

	private static LocalTime clock(java.time.Instant at) {
		return at.atOffset(ZoneOffset.UTC).toLocalTime();
	}

}
