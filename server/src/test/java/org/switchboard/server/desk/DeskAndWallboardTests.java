package org.switchboard.server.desk;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Input;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Permission;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.live.LiveFloor;
import org.switchboard.server.live.WallboardSnapshot;
import org.switchboard.server.support.SteppedClockConfiguration;
import org.switchboard.telephony.testphone.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agent desk, the customer card and the wallboard over HTTP, with calls driven
 * through engine inputs as the telephony adapter will drive them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class DeskAndWallboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfigImporter importer;

	@Autowired
	EngineHost engine;

	@Autowired
	LiveFloor floor;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountService accounts;

	@Autowired
	org.switchboard.telephony.RecordingStore recordingStore;

	private final RequestPostProcessor agent = user("d3001").authorities(Permission.AGENT_DESK);

	private final RequestPostProcessor boss = user("boss").authorities(Permission.SUPERVISE, Permission.AGENT_DESK);

	@BeforeEach
	void center() {
		this.importer.importYaml("""
				queues:
				  - {name: care, requiredSkills: {care: 1}, wrapUpSeconds: -1}
				agents:
				  - {jobNumber: "d3001", name: "Desk Agent", password: "Agent-Pass-1", skills: {care: 3}}
				""", "test");
		this.engine.reload().join();
		if (this.accounts.findUser("boss").isEmpty()) {
			this.accounts.createUser(new UserSpec("boss", "Floor Boss", null, Set.of(Role.SUPERVISOR), true),
					"Boss-Pass-1", "test");
		}
		for (String user : new String[] { "d3001", "boss" }) {
			if (this.accounts.mustChangePassword(user)) {
				this.accounts.changeOwnPassword(user, user.equals("boss") ? "Boss-Pass-1" : "Agent-Pass-1",
						"Changed-Pass-2-ok");
			}
		}
	}

	private void settle() throws Exception {
		this.engine.query((engine) -> null).get(5, TimeUnit.SECONDS);
	}

	private void submit(Input input) throws Exception {
		this.engine.submit(input);
		settle();
	}

	private String json(String body) {
		return body;
	}

	@Test
	void callIsPoppedWithTheCustomerCardThenDispositionEndsWrapUpAndTheWallboardCountsIt() throws Exception {
		this.mvc
			.perform(post("/api/customers").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("{\"name\":\"Wang Fang\",\"company\":\"Acme\",\"phones\":\"+86 21 6123 4567\","
						+ "\"tags\":\"vip, shanghai\",\"notes\":\"prefers email\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phones[0]").value("+862161234567"))
			.andExpect(jsonPath("$.owner").value("d3001"));
		this.mvc
			.perform(post("/api/desk/state").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\"}"))
			.andExpect(status().isOk());
		settle();
		String contact = "c-" + Instant.now().toEpochMilli();
		submit(new Input.ContactArrives(contact, "02161234567", "4000", "queue:care", Map.of()));

		this.mvc.perform(get("/api/desk/pop/" + contact).with(this.agent).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contact.callerNumber").value("02161234567"))
			.andExpect(jsonPath("$.contact.queue").value("care"))
			.andExpect(jsonPath("$.region").value("Shanghai"))
			.andExpect(jsonPath("$.customers[0].name").value("Wang Fang"))
			.andExpect(jsonPath("$.lastContacts", hasSize(0)));

		submit(new Input.AgentAnswered(contact, "d3001"));
		this.clock.advance(java.time.Duration.ofSeconds(30));
		submit(new Input.CallerHungUp(contact));
		assertThat(this.floor.agent("d3001", this.clock.instant()).state()).isEqualTo("WRAP_UP");

		this.mvc
			.perform(post("/api/desk/disposition").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactId\":\"" + contact + "\",\"code\":\"resolved\",\"summary\":\"reset password\","
						+ "\"ready\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.callerNumber").value("+862161234567"));
		settle();

		assertThat(
				this.jdbc.queryForObject("select code from dispositions where contact_id = ?", String.class, contact))
			.isEqualTo("resolved");
		WallboardSnapshot board = this.floor.wallboard(this.clock.instant());
		WallboardSnapshot.QueueRow care = board.queues()
			.stream()
			.filter((queue) -> queue.name().equals("care"))
			.findFirst()
			.orElseThrow();
		assertThat(care.answered()).isEqualTo(1);
		assertThat(board.agents()).filteredOn((row) -> row.id().equals("d3001"))
			.singleElement()
			.satisfies((row) -> assertThat(row.state()).isEqualTo("READY"));
		this.mvc.perform(get("/api/desk/pop/" + contact).with(this.agent)).andExpect(status().isNotFound());
	}

	@Test
	void popOffersTheQueuesExternalPageAndTheRecordingsOfTheCallersLastContacts() throws Exception {
		this.importer.importYaml("""
				queues:
				  - {name: popq, requiredSkills: {care: 1}, wrapUpSeconds: -1,
				     popUrl: "https://crm.example.com/pop?phone={caller}&q={queue}&id={contactId}&by={agent}"}
				""", "test");
		this.engine.reload().join();
		this.mvc
			.perform(post("/api/desk/state").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\"}"))
			.andExpect(status().isOk());
		settle();
		String first = "pop-1-" + Instant.now().toEpochMilli();
		submit(new Input.ContactArrives(first, "+86 138 0013 8000", "4000", "queue:popq", Map.of()));
		submit(new Input.AgentAnswered(first, "d3001"));
		this.clock.advance(java.time.Duration.ofSeconds(20));
		submit(new Input.CallerHungUp(first));
		this.mvc
			.perform(post("/api/desk/disposition").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactId\":\"" + first + "\",\"code\":\"resolved\",\"ready\":true}"))
			.andExpect(status().isOk());
		settle();
		java.nio.file.Path wav = java.nio.file.Files.createTempFile("pop-recording", ".wav");
		java.nio.file.Files.write(wav, new byte[44]);
		this.recordingStore
			.recorded(new org.switchboard.telephony.RecordingStore.Recording(first, first + "@sip", "+86 138 0013 8000",
					"d3001", "care", wav, this.clock.instant(), java.time.Duration.ofSeconds(20), 44, "0".repeat(64)));
		String recording = this.jdbc.queryForObject("select id from recording where contact_id = ?", String.class,
				first);

		String second = "pop-2-" + Instant.now().toEpochMilli();
		submit(new Input.ContactArrives(second, "+86 138 0013 8000", "4000", "queue:popq", Map.of()));

		this.mvc.perform(get("/api/desk/pop/" + second).with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.externalUrl").value("https://crm.example.com/pop?phone=%2B86%20138%200013%208000"
					+ "&q=popq&id=" + second + "&by=d3001"))
			.andExpect(jsonPath("$.lastContacts[0].contactId").value(first))
			.andExpect(jsonPath("$.lastContacts[0].recordingUrl").value("/api/recordings/" + recording + "/audio"));
		submit(new Input.CallerHungUp(second));
		submit(new Input.AgentLogout("d3001"));
	}

	@Test
	void aPopUrlWithAnUnknownPlaceholderIsRefusedWithItsField() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.importer.importYaml("""
				queues:
				  - {name: care, popUrl: "https://crm.example.com/pop?phone={phone}"}
				""", "test")).hasMessageContaining("popUrl").hasMessageContaining("unknown placeholder {phone}");
	}

	@Test
	void notReadyNeedsOneOfTheAdminsReasonCodes() throws Exception {
		this.mvc
			.perform(post("/api/desk/state").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"NOT_READY\",\"reason\":\"nap\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/desk/state").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"NOT_READY\",\"reason\":\"lunch\"}"))
			.andExpect(status().isOk());
		settle();
		assertThat(this.floor.agent("d3001", this.clock.instant()).reason()).isEqualTo("lunch");
	}

	@Test
	void supervisorForcesAnAgentNotReadyAndItIsAudited() throws Exception {
		submit(new Input.AgentLogin("d3001"));
		submit(new Input.AgentReady("d3001"));
		this.mvc.perform(post("/api/supervisor/agents/d3001/not-ready").with(this.agent))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/supervisor/agents/d3001/not-ready").with(this.boss))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.before").value("READY"));
		settle();
		assertThat(this.floor.agent("d3001", this.clock.instant()).state()).isEqualTo("NOT_READY");
		assertThat(this.audit.find(new AuditQuery("boss", "AGENT_FORCED_NOT_READY", null, null, null, 10)))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.target()).isEqualTo("d3001"));

		this.mvc.perform(post("/api/supervisor/agents/d3001/logout").with(this.boss)).andExpect(status().isOk());
		settle();
		assertThat(this.floor.agent("d3001", this.clock.instant()).state()).isEqualTo("LOGGED_OUT");
	}

	@Test
	void customersAreFoundByAnyOfTheirNumbersAndByText() throws Exception {
		this.mvc.perform(post("/api/customers").with(this.agent)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Li Lei\",\"company\":\"Hanmeimei Ltd\",\"phones\":\"13800138000, 010 8888 1234\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/customers").param("phone", "+86 10 88881234").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Li Lei"));
		this.mvc.perform(get("/api/customers").param("q", "hanmeimei").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Li Lei"));
		this.mvc
			.perform(post("/api/customers").with(this.agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void pagesNeedTheirPermission() throws Exception {
		this.mvc.perform(get("/desk").with(this.agent)).andExpect(status().isOk());
		this.mvc.perform(get("/supervisor/wallboard").with(this.agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/supervisor/wallboard").with(this.boss)).andExpect(status().isOk());
		this.mvc.perform(get("/customers").with(this.agent)).andExpect(status().isOk());
		this.mvc.perform(get("/live/wallboard").with(this.agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/desk").with(user("clerk").authorities(Permission.REPORTS)))
			.andExpect(status().isForbidden());
	}

}
