package org.switchboard.server.journal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * A running server whose journal table refuses inserts: the alarm shows in
 * {@code /actuator/health} (DEGRADED, still HTTP 200) and {@code /actuator/prometheus}
 * until the database takes the events again, and none is lost.
 */
@SpringBootTest(properties = { "switchboard.journal.high-water-mark=5", "switchboard.journal.batch-size=1",
		"switchboard.journal.retry-initial-delay=10ms", "switchboard.journal.retry-max-delay=50ms" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JournalAlarmEndpointTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigImporter importer;

	@Autowired
	EngineHost engine;

	@Autowired
	PersistentJournal journal;

	@Test
	void healthAndPrometheusRaiseTheAlarmWhileTheDatabaseRefusesEventsAndClearItAfter() throws Exception {
		this.importer.importYaml("""
				queues:
				  - {name: alarm-q}
				agents:
				  - {jobNumber: "al1", name: Alarm One, skills: {any: 1}}
				""", "test");
		this.engine.submit(new Input.AgentLogin("al1"));
		assertThat(this.engine.agent("al1").get(10, TimeUnit.SECONDS).orElseThrow().state())
			.as("the login is journalled before the table goes away")
			.isEqualTo(AgentStateName.NOT_READY);
		assertThat(this.journal.awaitStored(WAIT)).isTrue();
		long stored = count();
		this.jdbc.execute("alter table engine_journal rename to engine_journal_away");
		for (int i = 0; i < 20; i++) {
			this.engine.submit(new Input.AgentNotReady("al1", "reason " + i));
		}
		assertThat(eventually(WAIT, this.journal::alarmed)).isTrue();
		assertThat(this.engine.agent("al1").get(10, TimeUnit.SECONDS).orElseThrow().reason())
			.as("every input handled, so every event appended")
			.isEqualTo("reason 19");

		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEGRADED"));
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("switchboard_journal_alarm 1.0")));

		this.jdbc.execute("alter table engine_journal_away rename to engine_journal");
		assertThat(this.journal.awaitStored(WAIT)).isTrue();
		this.mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("switchboard_journal_alarm 0.0")));
		assertThat(count() - stored).as("every event refused meanwhile is stored").isEqualTo(20);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from engine_journal", Long.class);
	}

}
