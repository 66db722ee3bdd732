package org.switchboard.engine.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.metrics.AgentFigures;
import org.switchboard.engine.metrics.ErlangC;
import org.switchboard.engine.metrics.QueueFigures;
import org.switchboard.engine.metrics.ServiceLevelFormula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The simulator driving the real engine reproduces Erlang C where its assumptions hold:
 * one queue, Poisson arrivals, exponential handling, no abandonment, no wrap-up. Runs are
 * long enough (the 95 % case alone simulates about two million calls) that the tolerances
 * (service level ±1.5 points, ASA ±10 %) are several standard errors wide.
 */
class SimulatorErlangCTest {

	private static final double MEAN_HANDLE_SECONDS = 180;

	private static final int THRESHOLD_SECONDS = 20;

	/** agents, target occupancy, simulated hours. */
	private static final double[][] CASES = { { 4, 0.50, 2000 }, { 8, 0.70, 2000 }, { 14, 0.85, 2000 },
			{ 50, 0.95, 2000 } };

	@Test
	void serviceLevelAndAsaMatchErlangCFromHalfToNinetyFivePercentOccupancy() {
		List<String> table = new ArrayList<>();
		table.add(String.format(Locale.ROOT, "%6s %5s %9s | %8s %8s %7s | %8s %8s %7s | %9s", "agents", "occ", "calls",
				"SL sim", "SL erl", "diff pt", "ASA sim", "ASA erl", "diff %", "occ sim"));
		List<Runnable> checks = new ArrayList<>();
		for (double[] c : CASES) {
			int agents = (int) c[0];
			double callsPerHour = c[1] * agents * 3600 / MEAN_HANDLE_SECONDS;
			SimulationResult result = new Simulator(Scenario.fromMap(scenario(agents, callsPerHour, (int) c[2]))).run();
			QueueFigures f = result.report().queue("general");
			AgentFigures staff = result.report().agents(result.agentsByQueue().get("general"), "general");
			ErlangC erlang = ErlangC.of(agents, callsPerHour, MEAN_HANDLE_SECONDS);
			double sl = f.serviceLevel();
			double asa = f.asaSeconds();
			table.add(String.format(Locale.ROOT, "%6d %5.2f %9d | %8.4f %8.4f %+7.2f | %8.2f %8.2f %+7.1f | %9.4f",
					agents, c[1], f.offered(), sl, erlang.serviceLevel(THRESHOLD_SECONDS),
					100 * (sl - erlang.serviceLevel(THRESHOLD_SECONDS)), asa, erlang.asaSeconds(),
					100 * (asa / erlang.asaSeconds() - 1), staff.occupancy()));
			checks.add(() -> {
				assertThat(f.answered()).as("every counted call answered").isEqualTo(f.offered());
				assertThat(sl).as("no abandons: all formulas agree")
					.isEqualTo(f.serviceLevel(ServiceLevelFormula.ANSWERED));
				assertThat(sl).as("service level, %d agents at %.0f %%", agents, 100 * c[1])
					.isCloseTo(erlang.serviceLevel(THRESHOLD_SECONDS), within(0.015));
				assertThat(asa).as("ASA, %d agents at %.0f %%", agents, 100 * c[1])
					.isCloseTo(erlang.asaSeconds(), within(0.10 * erlang.asaSeconds()));
				assertThat(staff.occupancy()).as("occupancy").isCloseTo(c[1], within(0.01));
			});
		}
		System.out.println("Simulator vs Erlang C (h = 180 s exponential, T = 20 s, seed 7):");
		table.forEach(System.out::println);
		checks.forEach(Runnable::run);
	}

	private static Map<String, Object> scenario(int agents, double callsPerHour, int hours) {
		Map<String, Object> map = new HashMap<>();
		map.put("seed", 7);
		map.put("duration", "PT" + hours + "H");
		map.put("warmup", "PT10H");
		map.put("serviceLevelSeconds", THRESHOLD_SECONDS);
		map.put("queues", List.of(Map.of("name", "general", "strategy", "longest-idle")));
		map.put("agents", List.of(Map.of("count", agents, "skills", Map.of("general", 5))));
		map.put("arrivals", List.of(Map.of("queue", "general", "callsPerHour", callsPerHour, "handleTime",
				Map.of("distribution", "exponential", "meanSeconds", MEAN_HANDLE_SECONDS))));
		return map;
	}

}
