package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.QueueView;
import org.switchboard.server.account.Permission;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigProblem;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact-center sections of the configuration file: problems at the line at fault,
 * references checked, all-or-nothing, and the running engine reconfigured after commit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class ContactCenterConfigTests {

	@Autowired
	ConfigImporter importer;

	@Autowired
	EngineHost engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	TelephonyDirectory directory;

	@Autowired
	java.time.Clock clock;

	@Test
	void ivrErrorsAreReportedAtTheLineOfTheNodeTheyName() {
		List<ConfigProblem> problems = rejected("""
				queues:
				  - {name: cfg-a}
				ivrs:
				  - name: broken
				    start: hello
				    nodes:
				      hello: {type: menu, prompt: hi, options: {"1": nowhere}}
				      helper: {type: queue, queue: cfg-a}
				""");
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(7);
			assertThat(problem.path()).isEqualTo("ivrs[0].nodes.hello");
			assertThat(problem.message()).contains("missing node 'nowhere'");
		});
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(8);
			assertThat(problem.message()).contains("helper", "cannot be reached");
		});
	}

	@Test
	void ivrNamingAnUnknownQueueIsRejectedAtThatNode() {
		List<ConfigProblem> problems = rejected("""
				ivrs:
				  - name: lost
				    start: go
				    nodes:
				      go: {type: queue, queue: ghost-queue}
				""");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).contains("queue 'ghost-queue' does not exist");
		});
	}

	@Test
	void agentWithAnUnknownExtensionIsRejectedAtThatField() {
		List<ConfigProblem> problems = rejected("""
				agents:
				  - jobNumber: "c3001"
				    name: Nobody
				    extension: "9999"
				""");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.path()).isEqualTo("agents[0].extension");
			assertThat(problem.message()).contains("extension '9999' does not exist");
		});
	}

	@Test
	void newExtensionNeedsAPassword() {
		assertThat(rejected("extensions:\n  - {number: \"7001\"}\n")).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("needs a password"));
	}

	@Test
	void unknownStrategyIsRejectedAtTheQueue() {
		assertThat(rejected("queues:\n  - {name: cfg-s, strategy: fastest}\n")).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.message()).contains("unknown strategy 'fastest'");
		});
	}

	@Test
	void crossSectionReferenceToAMissingFlowRejectsTheWholeFile() throws Exception {
		List<ConfigProblem> problems = rejected("""
				queues:
				  - {name: cfg-rolled-back}
				inboundRoutes:
				  - {number: "801", destination: "ivr:ghost-flow"}
				""");
		assertThat(problems).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("unknown IVR flow 'ghost-flow'"));
		this.mvc.perform(get("/api/queues").with(user("admin").authorities(Permission.CONFIGURE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", not(hasItem("cfg-rolled-back"))));
	}

	@Test
	void importReconfiguresTheRunningEngine() throws Exception {
		this.importer.importYaml("""
				queues:
				  - {name: cfg-live, requiredSkills: {live: 2}}
				agents:
				  - {jobNumber: "c3002", name: Live Agent, skills: {live: 2}}
				  - {jobNumber: "c3003", name: Junior, skills: {live: 1}}
				""", "test");
		QueueView queue = this.engine.queue("cfg-live").get(5, TimeUnit.SECONDS).orElseThrow();
		assertThat(queue.waiting()).isZero();
		assertThat(this.engine.agent("c3002").get(5, TimeUnit.SECONDS).orElseThrow().queues()).contains("cfg-live");
		assertThat(this.engine.agent("c3003").get(5, TimeUnit.SECONDS).orElseThrow().queues())
			.doesNotContain("cfg-live");
		this.mvc.perform(get("/api/queues").with(user("admin").authorities(Permission.CONFIGURE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("cfg-live")));
	}

	@Test
	void closedCalendarSendsTheRouteToItsClosedDestination() {
		this.importer.importYaml(
				"""
						calendars:
						  - {name: cfg-weekend-only, timeZone: Asia/Shanghai, days: {sunday: "00:00-24:00"}, holidays: ["2026-10-01"]}
						  - {name: cfg-always, weekdays: "00:00-24:00", days: {saturday: "00:00-24:00", sunday: "00:00-24:00"}}
						queues:
						  - {name: cfg-cal, calendar: cfg-always, closedTarget: "voicemail:cfg"}
						inboundRoutes:
						  - {number: "802", destination: "queue:cfg-cal", calendar: cfg-weekend-only, closedDestination: "voicemail:cfg"}
						  - {number: "803", destination: "queue:cfg-cal", calendar: cfg-always}
						""",
				"test");
		boolean sunday = this.clock.instant()
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
		assertThat(this.directory.entryFor("802")).contains(sunday ? "queue:cfg-cal" : "voicemail:cfg");
		assertThat(this.directory.entryFor("803")).contains("queue:cfg-cal");
	}

	@Test
	void calendarWithAnUnknownTimeZoneIsRejectedAtItsLine() {
		assertThat(rejected("calendars:\n  - {name: cfg-bad, timeZone: Mars/Olympus}\n")).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(2);
				assertThat(problem.message()).contains("unknown time zone 'Mars/Olympus'");
			});
	}

	@Test
	void changedExtensionPasswordUpdatesTheDigestsAndMissingPasswordKeepsThem() {
		this.importer.importYaml("extensions:\n  - {number: \"7100\", password: \"first-secret\"}\n", "test");
		String first = this.directory.find("7100").orElseThrow().ha1().toString();
		assertThat(this.importer.importYaml("extensions:\n  - {number: \"7100\"}\n", "test").changedAnything())
			.isFalse();
		assertThat(this.directory.find("7100").orElseThrow().ha1().toString()).isEqualTo(first);
		assertThat(
				this.importer.importYaml("extensions:\n  - {number: \"7100\", password: \"second-secret\"}\n", "test")
					.sections())
			.singleElement()
			.satisfies((section) -> assertThat(section.updated()).isEqualTo(1));
		assertThat(this.directory.find("7100").orElseThrow().ha1().toString()).isNotEqualTo(first);
	}

	@Test
	void aQueueListedTwiceIsRejectedAtTheSecondEntry() {
		assertThat(rejected("queues:\n  - {name: cfg-twice}\n  - {name: cfg-twice}\n")).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(3);
				assertThat(problem.message()).contains("listed twice (first on line 2)");
			});
	}

	@Test
	void readApiNeedsConfigure() throws Exception {
		this.mvc.perform(get("/api/queues").with(user("someone").authorities(Permission.AGENT_DESK)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/ivrs").with(user("admin").authorities(Permission.CONFIGURE)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/inbound-routes").with(user("admin").authorities(Permission.CONFIGURE)))
			.andExpect(status().isOk());
	}

	private List<ConfigProblem> rejected(String yaml) {
		ConfigRejectedException ex = catchThrowableOfType(ConfigRejectedException.class,
				() -> this.importer.importYaml(yaml, "test"));
		assertThat(ex).as("the file should be rejected").isNotNull();
		return ex.problems();
	}

}
