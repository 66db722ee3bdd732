package org.switchboard.engine.sim;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.metrics.AgentFigures;
import org.switchboard.engine.metrics.ErlangC;
import org.switchboard.engine.metrics.QueueFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The simulator's event loop, arrivals, patience, warm-up, shifts and profiles, run
 * against {@link FifoTestCenter} so that a failure here points at the simulator, not the
 * engine.
 */
class SimulatorLoopTest {

	private static SimulationResult run(Map<String, Object> map) {
		Scenario scenario = Scenario.fromMap(map);
		return new Simulator(scenario, (journal) -> new FifoTestCenter("general", journal)).run();
	}

	private static Map<String, Object> noPatience(String duration) {
		Map<String, Object> map = ScenarioTest.erlangScenario();
		map.put("duration", duration);
		arrival(map).remove("patience");
		return map;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> arrival(Map<String, Object> map) {
		return ((List<Map<String, Object>>) map.get("arrivals")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> agents(Map<String, Object> map) {
		return ((List<Map<String, Object>>) map.get("agents")).get(0);
	}

	@Test
	void sameSeedGivesTheSameJson() {
		Map<String, Object> map = ScenarioTest.erlangScenario();
		map.put("duration", "PT50H");
		String first = SimulationJson.write(run(map));
		assertThat(SimulationJson.write(run(map))).isEqualTo(first);
		map.put("seed", 8);
		assertThat(SimulationJson.write(run(map))).isNotEqualTo(first);
	}

	@Test
	void arrivalsFollowTheConfiguredRate() {
		SimulationResult result = run(noPatience("PT200H"));
		// 200 calls/h for 200 h: 40,000 expected, sd 200
		assertThat(result.simulatedCalls()).isBetween(39_200L, 40_800L);
		QueueFigures f = result.report().queue("general");
		// warm-up hour excluded, every counted call answered once drained
		assertThat(f.offered()).isBetween(38_900L, 40_600L).isLessThan(result.simulatedCalls());
		assertThat(f.answered()).isEqualTo(f.offered());
		assertThat(f.open()).isZero();
		assertThat(f.averageTalkSeconds()).isCloseTo(180, within(5.0));
	}

	@Test
	void impatientCallersAbandon() {
		Map<String, Object> map = ScenarioTest.erlangScenario();
		map.put("duration", "PT200H");
		agents(map).put("count", 10);
		QueueFigures f = run(map).report().queue("general");
		assertThat(f.abandoned()).isPositive();
		assertThat(f.answered() + f.abandoned()).isEqualTo(f.offered());
		assertThat(f.averageAbandonWaitSeconds()).isPositive();
		assertThat(f.abandonRate()).isBetween(0.01, 0.5);
	}

	@Test
	void aFifoQueueWithoutPatienceIsCloseToErlangC() {
		SimulationResult result = run(noPatience("PT400H"));
		QueueFigures f = result.report().queue("general");
		ErlangC erlang = ErlangC.of(14, 200, 180);
		assertThat(f.serviceLevel()).isCloseTo(erlang.serviceLevel(20), within(0.03));
		assertThat(f.asaSeconds()).isCloseTo(erlang.asaSeconds(), within(erlang.asaSeconds() * 0.2));
		AgentFigures agents = result.report().agents(result.agentsByQueue().get("general"), "general");
		assertThat(agents.occupancy()).isCloseTo(erlang.occupancy(), within(0.02));
	}

	@Test
	void agentsWorkOnlyDuringTheirShifts() {
		Map<String, Object> map = noPatience("PT48H");
		map.put("warmup", "PT0S");
		agents(map).put("shifts", List.of(Map.of("start", "08:00", "end", "16:00")));
		SimulationResult result = run(map);
		AgentFigures one = result.report().agent("agent-01");
		// two 8-hour shifts, plus at most the call that runs past a shift's end
		assertThat(one.loggedInSeconds()).isBetween(2 * 8 * 3600.0, 2 * 8 * 3600.0 + 2 * 3600);
	}

	@Test
	void profilesProduceIntervalRowsPerTimeOfDay() {
		Map<String, Object> map = noPatience("PT72H");
		map.put("warmup", "PT0S");
		map.put("intervalMinutes", 60);
		arrival(map).remove("callsPerHour");
		arrival(map).put("profile", List.of(Map.of("from", "08:00", "to", "10:00", "callsPerHour", 120)));
		SimulationResult result = run(map);
		// 3 days × 2 hours × 120 calls
		assertThat(result.simulatedCalls()).isBetween(640L, 800L);
		String json = SimulationJson.write(result);
		assertThat(json).contains("\"intervals\": [").contains("\"start\": \"08:00\"").contains("\"start\": \"09:00\"");
		assertThat(result.report().queueIntervals().get("general"))
			.allSatisfy((row) -> assertThat(row.intervalStart().toString()).containsAnyOf("T08:00", "T09:00"));
	}

	@Test
	void jsonNamesTheFormulaAndCarriesTheRequiredFields() {
		String json = SimulationJson.write(run(noPatience("PT20H")));
		assertThat(json).startsWith("{\n  \"seed\": 7,")
			.contains("\"queues\": {\n    \"general\": {")
			.contains("\"serviceLevelFormula\": \"answered-within-threshold / offered\"");
		for (String field : List.of("offered", "answered", "abandoned", "serviceLevel", "asaSeconds",
				"averageTalkSeconds", "averageHandleSeconds", "abandonRate", "occupancy", "simulatedCalls",
				"erlangC")) {
			assertThat(json).contains("\"" + field + "\": ");
		}
	}

}
