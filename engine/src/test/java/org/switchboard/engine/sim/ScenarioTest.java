package org.switchboard.engine.sim;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

	static Map<String, Object> erlangScenario() {
		Map<String, Object> map = new HashMap<>();
		map.put("seed", 7);
		map.put("duration", "PT1000H");
		map.put("warmup", "PT1H");
		map.put("serviceLevelSeconds", 20);
		map.put("shortAbandonSeconds", 5);
		map.put("queues", new ArrayList<>(List.of(new HashMap<>(
				Map.of("name", "general", "strategy", "longest-idle", "requiredSkills", Map.of("general", 1))))));
		map.put("agents", new ArrayList<>(
				List.of(new HashMap<>(Map.of("count", 14, "skills", Map.of("general", 5), "wrapUpSeconds", 0)))));
		Map<String, Object> arrival = new HashMap<>();
		arrival.put("queue", "general");
		arrival.put("callsPerHour", 200);
		arrival.put("handleTime", new HashMap<>(Map.of("distribution", "exponential", "meanSeconds", 180)));
		arrival.put("patience", new HashMap<>(Map.of("distribution", "exponential", "meanSeconds", 120)));
		map.put("arrivals", new ArrayList<>(List.of(arrival)));
		return map;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> at(Map<String, Object> map, String list, int index) {
		return ((List<Map<String, Object>>) map.get(list)).get(index);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> child(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

	@Test
	void readsTheIssueExample() {
		Scenario s = Scenario.fromMap(erlangScenario());
		assertThat(s.seed()).isEqualTo(7);
		assertThat(s.duration()).isEqualTo(Duration.ofHours(1000));
		assertThat(s.warmup()).isEqualTo(Duration.ofHours(1));
		assertThat(s.queues()).singleElement().satisfies((q) -> {
			assertThat(q.name()).isEqualTo("general");
			assertThat(q.requiredSkills()).containsEntry("general", 1);
		});
		assertThat(s.agents().get(0).count()).isEqualTo(14);
		assertThat(s.agents().get(0).agentId(0)).isEqualTo("agent-01");
		Scenario.ArrivalStream a = s.arrivals().get(0);
		assertThat(a.callsPerHour()).isEqualTo(200);
		assertThat(a.handleTime()).isEqualTo(new Distribution.Exponential(180));
		assertThat(a.patience().meanSeconds()).isEqualTo(120);
		assertThat(s.usesProfile()).isFalse();
	}

	@Test
	void namesThePathOfAnUnknownDistribution() {
		Map<String, Object> map = erlangScenario();
		child(at(map, "arrivals", 0), "handleTime").put("distribution", "expo");
		assertThatThrownBy(() -> Scenario.fromMap(map)).isInstanceOf(ScenarioException.class)
			.hasMessageStartingWith("arrivals[0].handleTime.distribution: unknown value 'expo'")
			.extracting((e) -> ((ScenarioException) e).path())
			.isEqualTo("arrivals[0].handleTime.distribution");
	}

	@Test
	void rejectsUnknownKeysWithTheirPath() {
		Map<String, Object> map = erlangScenario();
		at(map, "agents", 0).put("wrapupSeconds", 10);
		assertThatThrownBy(() -> Scenario.fromMap(map)).hasMessage("agents[0].wrapupSeconds: unknown key");
		Map<String, Object> top = erlangScenario();
		top.put("sede", 3);
		assertThatThrownBy(() -> Scenario.fromMap(top)).hasMessage("sede: unknown key");
	}

	@Test
	void rejectsImpossibleValuesWithTheirPath() {
		Map<String, Object> count = erlangScenario();
		at(count, "agents", 0).put("count", 0);
		assertThatThrownBy(() -> Scenario.fromMap(count)).hasMessage("agents[0].count: must be at least 1, was 0");
		Map<String, Object> mean = erlangScenario();
		child(at(mean, "arrivals", 0), "patience").put("meanSeconds", -4);
		assertThatThrownBy(() -> Scenario.fromMap(mean))
			.hasMessageStartingWith("arrivals[0].patience.meanSeconds: must be greater than 0");
		Map<String, Object> warmup = erlangScenario();
		warmup.put("warmup", "PT2000H");
		assertThatThrownBy(() -> Scenario.fromMap(warmup)).hasMessageStartingWith("warmup: must be");
		Map<String, Object> duration = erlangScenario();
		duration.put("duration", "1000 hours");
		assertThatThrownBy(() -> Scenario.fromMap(duration))
			.hasMessageStartingWith("duration: expected an ISO-8601 duration");
		Map<String, Object> skill = erlangScenario();
		at(skill, "agents", 0).put("skills", Map.of("general", 11));
		assertThatThrownBy(() -> Scenario.fromMap(skill))
			.hasMessage("agents[0].skills.general: must be between 1 and 10, was 11");
		Map<String, Object> queue = erlangScenario();
		at(queue, "arrivals", 0).put("queue", "sales");
		assertThatThrownBy(() -> Scenario.fromMap(queue))
			.hasMessageStartingWith("arrivals[0].queue: unknown queue 'sales'");
	}

	@Test
	void rejectsAQueueNoAgentCanServe() {
		Map<String, Object> map = erlangScenario();
		at(map, "queues", 0).put("requiredSkills", Map.of("general", 6));
		assertThatThrownBy(() -> Scenario.fromMap(map))
			.hasMessage("queues[0].requiredSkills: no agent group has the skills queue 'general' requires");
	}

	@Test
	void rejectsAStreamWithBothRateAndProfile() {
		Map<String, Object> map = erlangScenario();
		at(map, "arrivals", 0).put("profile", List.of(Map.of("from", "08:00", "to", "09:00", "callsPerHour", 10)));
		assertThatThrownBy(() -> Scenario.fromMap(map)).hasMessageStartingWith("arrivals[0].callsPerHour: give either");
	}

	@Test
	void readsProfilesShiftsAndLognormalHandling() {
		Map<String, Object> map = erlangScenario();
		Map<String, Object> arrival = at(map, "arrivals", 0);
		arrival.remove("callsPerHour");
		arrival.put("profile", List.of(Map.of("from", "08:00", "to", "09:00", "callsPerHour", 120),
				Map.of("from", "09:00", "to", "24:00", "callsPerHour", 60)));
		arrival.put("handleTime", Map.of("distribution", "lognormal", "meanSeconds", 200, "sdSeconds", 100));
		at(map, "agents", 0).put("shifts", List.of(Map.of("start", "08:00", "end", "17:00")));
		Scenario s = Scenario.fromMap(map);
		assertThat(s.usesProfile()).isTrue();
		assertThat(s.arrivals().get(0).profile()).hasSize(2);
		assertThat(s.arrivals().get(0).handleTime().meanSeconds()).isEqualTo(200);
		assertThat(s.agents().get(0).shifts())
			.containsExactly(new Scenario.Shift(LocalTime.of(8, 0), LocalTime.of(17, 0)));
	}

	@Test
	void rejectsOverlappingProfileSlots() {
		Map<String, Object> map = erlangScenario();
		Map<String, Object> arrival = at(map, "arrivals", 0);
		arrival.remove("callsPerHour");
		arrival.put("profile", List.of(Map.of("from", "08:00", "to", "10:00", "callsPerHour", 120),
				Map.of("from", "09:00", "to", "11:00", "callsPerHour", 60)));
		assertThatThrownBy(() -> Scenario.fromMap(map))
			.hasMessageStartingWith("arrivals[0].profile[1].from: overlaps the slot 08:00–10:00");
	}

}
