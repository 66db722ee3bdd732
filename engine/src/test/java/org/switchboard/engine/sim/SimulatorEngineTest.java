package org.switchboard.engine.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.metrics.AgentFigures;
import org.switchboard.engine.metrics.QueueFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Scenario features played through the real engine. */
class SimulatorEngineTest {

	private static Map<String, Object> base(String duration) {
		Map<String, Object> map = new HashMap<>();
		map.put("seed", 3);
		map.put("duration", duration);
		map.put("warmup", "PT1H");
		map.put("queues", List.of(Map.of("name", "general")));
		map.put("agents", List.of(Map.of("count", 10, "skills", Map.of("general", 5))));
		map.put("arrivals", List.of(Map.of("queue", "general", "callsPerHour", 120, "handleTime",
				Map.of("distribution", "exponential", "meanSeconds", 180))));
		return map;
	}

	private static SimulationResult run(Map<String, Object> map) {
		return new Simulator(Scenario.fromMap(map)).run();
	}

	@Test
	void sameSeedSameJsonThroughTheEngine() {
		Map<String, Object> map = base("PT30H");
		assertThat(SimulationJson.write(run(map))).isEqualTo(SimulationJson.write(run(map)));
	}

	@Test
	void wrapUpOfEachGroupIsAfterCallWork() {
		Map<String, Object> map = base("PT100H");
		map.put("agents",
				List.of(Map.of("name", "quick", "count", 5, "skills", Map.of("general", 5), "wrapUpSeconds", 10),
						Map.of("name", "slow", "count", 5, "skills", Map.of("general", 5), "wrapUpSeconds", 60)));
		SimulationResult result = run(map);
		AgentFigures quick = result.report().agent("quick-01");
		AgentFigures slow = result.report().agent("slow-01");
		assertThat(quick.afterCallWorkSeconds() / quick.handled()).isCloseTo(10, within(0.01));
		assertThat(slow.afterCallWorkSeconds() / slow.handled()).isCloseTo(60, within(0.01));
		QueueFigures f = result.report().queue("general");
		assertThat(f.averageHandleSeconds()).isCloseTo(f.averageTalkSeconds() + f.averageAfterCallWorkSeconds(),
				within(1e-9));
		assertThat(f.averageAfterCallWorkSeconds()).isBetween(10.0, 60.0);
	}

	@Test
	void impatientCallersAbandonThroughTheEngine() {
		Map<String, Object> map = base("PT100H");
		map.put("agents", List.of(Map.of("count", 6, "skills", Map.of("general", 5))));
		map.put("arrivals",
				List.of(Map.of("queue", "general", "callsPerHour", 120, "handleTime",
						Map.of("distribution", "exponential", "meanSeconds", 180), "patience",
						Map.of("distribution", "exponential", "meanSeconds", 30))));
		QueueFigures f = run(map).report().queue("general");
		assertThat(f.abandoned()).isPositive();
		assertThat(f.shortAbandons()).isPositive().isLessThan(f.abandoned());
		assertThat(f.answered() + f.abandoned()).isEqualTo(f.offered());
	}

	@Test
	void agentsFollowTheirShiftsAndFinishTheirLastCall() {
		Map<String, Object> map = base("PT72H");
		map.put("warmup", "PT0S");
		map.put("agents", List.of(Map.of("count", 10, "skills", Map.of("general", 5), "shifts",
				List.of(Map.of("start", "08:00", "end", "16:00")))));
		map.put("arrivals",
				List.of(Map.of("queue", "general", "profile",
						List.of(Map.of("from", "08:00", "to", "15:00", "callsPerHour", 120)), "handleTime",
						Map.of("distribution", "exponential", "meanSeconds", 180))));
		SimulationResult result = run(map);
		AgentFigures all = result.report().agents(result.agentsByQueue().get("general"), "all");
		// 10 agents × 3 days × 8 h, plus calls that run past 16:00
		assertThat(all.loggedInSeconds()).isBetween(10 * 3 * 8 * 3600.0, 10 * 3 * 8 * 3600.0 + 10 * 3 * 3600);
		QueueFigures f = result.report().queue("general");
		assertThat(f.answered()).isEqualTo(f.offered());
		assertThat(result.report().queueIntervals().get("general"))
			.allSatisfy((row) -> assertThat(row.intervalStart().toString()).matches(".*T(0[89]|1[0-4]):.*"));
	}

	@Test
	void agentsServeOnlyTheQueuesTheirSkillsQualifyFor() {
		Map<String, Object> map = base("PT50H");
		map.put("queues", List.of(Map.of("name", "sales", "requiredSkills", Map.of("sales", 3)),
				Map.of("name", "support", "requiredSkills", Map.of("support", 1))));
		map.put("agents", List.of(Map.of("name", "seller", "count", 4, "skills", Map.of("sales", 5)),
				Map.of("name", "helper", "count", 4, "skills", Map.of("support", 5, "sales", 2))));
		map.put("arrivals",
				List.of(Map.of("queue", "sales", "callsPerHour", 40, "handleTime",
						Map.of("distribution", "constant", "meanSeconds", 120)),
						Map.of("queue", "support", "callsPerHour", 40, "handleTime",
								Map.of("distribution", "lognormal", "meanSeconds", 120, "sdSeconds", 60))));
		SimulationResult result = run(map);
		assertThat(result.agentsByQueue().get("sales")).allMatch((id) -> id.startsWith("seller"));
		assertThat(result.agentsByQueue().get("support")).allMatch((id) -> id.startsWith("helper"));
		assertThat(result.report().queue("sales").averageTalkSeconds()).isCloseTo(120, within(1e-6));
		assertThat(result.report().queue("support").averageTalkSeconds()).isCloseTo(120, within(10.0));
		assertThat(result.report().agent("helper-01").handled()).isPositive();
		String json = SimulationJson.write(result);
		assertThat(json).contains("\"sales\": {").contains("\"support\": {").doesNotContain("erlangC");
	}

	@Test
	void rejectsAnUnknownStrategyWithItsPath() {
		Map<String, Object> map = base("PT1H");
		map.put("warmup", "PT0S");
		map.put("queues", List.of(Map.of("name", "general", "strategy", "longest-waiting")));
		assertThatThrownBy(() -> Scenario.fromMap(map))
			.hasMessageStartingWith("queues[0].strategy: unknown value 'longest-waiting'; use one of");
	}

}
