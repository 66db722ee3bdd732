package org.switchboard.server.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.SwitchboardApplication;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.live.AgentSnapshot;
import org.switchboard.server.live.LiveFloor;
import org.switchboard.server.live.WallboardSnapshot.QueueRow;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole server stopped and started again on the same database: agents logged in before
 * the stop are logged in again, in the state the journal recorded, and today's counters
 * (engine, wallboard, desk) carry on.
 */
class RestartRestoresAgentsTests {

	@TempDir
	Path data;

	@Test
	void agentsComeBackInTheirJournalledStateAfterARestart() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(ConfigImporter.class).importYaml("""
					queues:
					  - {name: restart-q}
					agents:
					  - {jobNumber: "r1", name: Ready One, skills: {any: 1}}
					  - {jobNumber: "r2", name: Lunch Two, skills: {any: 1}}
					  - {jobNumber: "r3", name: Out Three, skills: {any: 1}}
					""", "test");
			EngineHost engine = first.getBean(EngineHost.class);
			engine.submit(new Input.AgentLogin("r1"));
			engine.submit(new Input.AgentReady("r1"));
			engine.submit(new Input.AgentLogin("r2"));
			engine.submit(new Input.AgentNotReady("r2", "lunch"));
			assertThat(view(engine, "r2").state()).isEqualTo(AgentStateName.NOT_READY);
		}
		try (ConfigurableApplicationContext second = start()) {
			EngineHost engine = second.getBean(EngineHost.class);
			assertThat(view(engine, "r1").state()).isEqualTo(AgentStateName.READY);
			assertThat(view(engine, "r2").state()).isEqualTo(AgentStateName.NOT_READY);
			assertThat(view(engine, "r2").reason()).isEqualTo("lunch");
			assertThat(view(engine, "r3").state()).isEqualTo(AgentStateName.LOGGED_OUT);
		}
	}

	@Test
	void todaysCountersOnTheEngineWallboardAndDeskSurviveARestart() throws Exception {
		List<QueueRow> queuesBefore;
		AgentView agentBefore;
		AgentSnapshot deskBefore;
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(ConfigImporter.class).importYaml("""
					queues:
					  - {name: day-q, strategy: fewest-calls}
					agents:
					  - {jobNumber: "d1", name: Day One, skills: {any: 1}}
					""", "test");
			EngineHost engine = first.getBean(EngineHost.class);
			engine.submit(new Input.AgentLogin("d1"));
			engine.submit(new Input.AgentReady("d1"));
			for (String call : List.of("day-1", "day-2")) {
				engine.submit(new Input.ContactArrives(call, "13800000000", "4000", "queue:day-q", Map.of()));
				await(() -> view(engine, "d1").state() == AgentStateName.RESERVED);
				engine.submit(new Input.AgentAnswered(call, "d1"));
				await(() -> view(engine, "d1").state() == AgentStateName.ON_CALL);
				Thread.sleep(20);
				engine.submit(new Input.CallerHungUp(call));
				engine.submit(new Input.AgentReady("d1"));
				await(() -> view(engine, "d1").state() == AgentStateName.READY);
			}
			engine.submit(new Input.ContactArrives("day-3", "13800000003", "4000", "queue:day-q", Map.of()));
			await(() -> view(engine, "d1").state() == AgentStateName.RESERVED);
			engine.submit(new Input.CallerHungUp("day-3"));
			await(() -> view(engine, "d1").state() == AgentStateName.READY);
			LiveFloor floor = first.getBean(LiveFloor.class);
			Instant now = Instant.now();
			queuesBefore = floor.wallboard(now).queues();
			deskBefore = floor.agent("d1", now);
			agentBefore = view(engine, "d1");
		}
		assertThat(agentBefore.callsToday()).isEqualTo(2);
		assertThat(agentBefore.talkTimeToday()).isPositive();
		assertThat(queuesBefore).singleElement().satisfies((queue) -> {
			assertThat(queue.offered()).isEqualTo(3);
			assertThat(queue.answered()).isEqualTo(2);
			assertThat(queue.abandoned()).isEqualTo(1);
		});
		try (ConfigurableApplicationContext second = start()) {
			EngineHost engine = second.getBean(EngineHost.class);
			AgentView agentAfter = view(engine, "d1");
			assertThat(agentAfter.state()).isEqualTo(AgentStateName.READY);
			assertThat(agentAfter.callsToday()).isEqualTo(agentBefore.callsToday());
			assertThat(agentAfter.talkTimeToday()).isEqualTo(agentBefore.talkTimeToday());
			LiveFloor floor = second.getBean(LiveFloor.class);
			Instant now = Instant.now();
			assertThat(figures(floor.wallboard(now).queues())).isEqualTo(figures(queuesBefore));
			AgentSnapshot deskAfter = floor.agent("d1", now);
			assertThat(deskAfter.callsToday()).isEqualTo(deskBefore.callsToday()).isEqualTo(2);
			assertThat(deskAfter.averageHandleSeconds()).isEqualTo(deskBefore.averageHandleSeconds()).isPositive();
		}
	}

	/** Today's figures of each queue (agents by state follow the roster refresh). */
	private static List<List<Object>> figures(List<QueueRow> queues) {
		return queues.stream()
			.map((queue) -> java.util.Arrays.<Object>asList(queue.name(), queue.waiting(), queue.offered(),
					queue.answered(), queue.abandoned(), queue.serviceLevel(), queue.asaSeconds()))
			.toList();
	}

	private static void await(Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.call()) {
			assertThat(System.nanoTime()).as("condition met within 5 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SwitchboardApplication.class).profiles("test")
			.run("--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("db/switchboard").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--server.port=0",
					"--spring.main.banner-mode=off");
	}

	private static AgentView view(EngineHost engine, String agent) throws Exception {
		return engine.agent(agent).get(5, TimeUnit.SECONDS).orElseThrow();
	}

}
