package org.switchboard.server.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.SwitchboardApplication;
import org.switchboard.server.configfile.ConfigImporter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole server stopped and started again on the same database: agents logged in before
 * the stop are logged in again, in the state the journal recorded.
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
