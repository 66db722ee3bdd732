package org.switchboard.server.agentstate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Input;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Permission;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.telephony.AgentBinding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Hot-desking: the extension an agent binds at login is the one telephony rings and
 * feature codes act for, it is validated, freed at any logout, audit-logged, and kept
 * across a restart only for agents restored as logged in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExtensionBindingTests {

	private static final Duration WAIT = Duration.ofSeconds(5);

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfigImporter importer;

	@Autowired
	EngineHost engine;

	@Autowired
	AgentBinding telephony;

	@Autowired
	ExtensionBindings bindings;

	@Autowired
	AgentLogins logins;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	AccountService accounts;

	private final RequestPostProcessor boss = user("hboss").authorities(Permission.SUPERVISE, Permission.AGENT_DESK);

	@BeforeEach
	void center() {
		this.importer.importYaml("""
				extensions:
				  - {number: "2001", password: "s3cret-2001"}
				  - {number: "2002", password: "s3cret-2002"}
				  - {number: "2003", password: "s3cret-2003"}
				queues:
				  - {name: care, requiredSkills: {care: 1}}
				agents:
				  - {jobNumber: "h1", name: "Hot One", password: "Agent-Pass-1", extension: "2001", skills: {care: 1}}
				  - {jobNumber: "h2", name: "Hot Two", password: "Agent-Pass-1", extension: "2002", skills: {care: 1}}
				  - {jobNumber: "h3", name: "No Phone", password: "Agent-Pass-1", skills: {care: 1}}
				""", "test");
		this.engine.reload().join();
		if (this.accounts.findUser("hboss").isEmpty()) {
			this.accounts.createUser(new UserSpec("hboss", "Floor Boss", null, Set.of(Role.SUPERVISOR), true),
					"Boss-Pass-1", "test");
			this.accounts.changeOwnPassword("hboss", "Boss-Pass-1", "Boss-Pass-2-ok");
		}
		for (String agent : List.of("h1", "h2", "h3")) {
			if (this.accounts.mustChangePassword(agent)) {
				this.accounts.changeOwnPassword(agent, "Agent-Pass-1", "Agent-Pass-2-ok");
			}
		}
	}

	@AfterEach
	void logEveryoneOut() throws Exception {
		for (String agent : List.of("h1", "h2", "h3")) {
			this.logins.logOut(agent, "test");
		}
		settle();
	}

	private ResultActions state(String agent, String body) throws Exception {
		return state(agent, body, "en");
	}

	private ResultActions state(String agent, String body, String language) throws Exception {
		return this.mvc.perform(put("/api/agents/" + agent + "/state").with(user(agent))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void settle() throws Exception {
		this.engine.query((engine) -> null).get(5, TimeUnit.SECONDS);
	}

	@Test
	void agentLoggingInWithoutAnExtensionWorksAtTheConfiguredOneAndTelephonyRingsIt() throws Exception {
		state("h1", "{\"state\":\"READY\"}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("READY"));

		assertThat(this.telephony.extensionOf("h1")).contains("2001");
		assertThat(this.telephony.agentAt("2001")).contains("h1");
		assertThat(this.jdbc.queryForObject("select extension from agent_extension_binding where agent_id = 'h1'",
				String.class))
			.isEqualTo("2001");
		List<AuditEntry> bound = this.audit.find(new AuditQuery("h1", "EXTENSION_BOUND", "agent h1", null, null, 10));
		assertThat(bound).first().satisfies((entry) -> assertThat(entry.after()).contains("2001"));
	}

	@Test
	void hotDeskingAgentIsRungAtTheExtensionTheyChoseAndNoLongerAtTheirOwn() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2003\"}").andExpect(status().isOk());

		assertThat(this.telephony.extensionOf("h1")).contains("2003");
		assertThat(this.telephony.agentAt("2003")).as("feature codes from 2003 act for h1").contains("h1");
		assertThat(this.telephony.agentAt("2001")).as("h1 is not at their configured desk").isEmpty();
	}

	@Test
	void extensionHeldByAnotherLoggedInAgentIsRefusedWithAFieldErrorInTheUsersLanguage() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2002\"}").andExpect(status().isOk());
		assertThat(this.telephony.extensionOf("h2")).as("h2's own extension is taken").isEmpty();

		state("h2", "{\"state\":\"READY\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("extension"))
			.andExpect(jsonPath("$.detail")
				.value("extension 2002 is in use by agent h1; choose another extension or ask them to log out"));
		state("h2", "{\"state\":\"READY\",\"extension\":\"2002\"}", "zh-CN").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("分机 2002 正由坐席 h1 使用；请选择其他分机，或请该坐席先登出"));
		settle();
		assertThat(this.engine.agent("h2").get(5, TimeUnit.SECONDS).orElseThrow().state().name())
			.as("a refused login does not log the agent in")
			.isEqualTo("LOGGED_OUT");
	}

	@Test
	void unknownExtensionIsRefusedNamingTheField() throws Exception {
		state("h3", "{\"state\":\"READY\",\"extension\":\"9999\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("extension"))
			.andExpect(jsonPath("$.detail")
				.value("there is no extension 9999; enter one of the extensions your administrator set up"));
		state("h3", "{\"state\":\"READY\",\"extension\":\"9999\"}", "zh-CN").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("分机 9999 不存在；请输入管理员设置的分机号"));
	}

	@Test
	void agentWithoutAConfiguredExtensionLogsInWithoutAPhone() throws Exception {
		state("h3", "{\"state\":\"READY\"}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("READY"));

		assertThat(this.telephony.extensionOf("h3")).isEmpty();
	}

	@Test
	void aLoggedInAgentCannotSwitchExtensionWithoutLoggingOut() throws Exception {
		state("h1", "{\"state\":\"READY\"}").andExpect(status().isOk());

		state("h1", "{\"state\":\"NOT_READY\",\"reason\":\"break\",\"extension\":\"2003\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("extension"));
		state("h1", "{\"state\":\"NOT_READY\",\"reason\":\"break\",\"extension\":\"2001\"}").andExpect(status().isOk());
		assertThat(this.telephony.extensionOf("h1")).contains("2001");
	}

	@Test
	void loggingOutFreesTheExtensionForTheNextAgent() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2002\"}").andExpect(status().isOk());
		state("h1", "{\"state\":\"LOGGED_OUT\"}").andExpect(status().isOk());

		assertThat(this.telephony.agentAt("2002")).as("back to its configured agent").contains("h2");
		assertThat(this.telephony.extensionOf("h1")).contains("2001");
		state("h2", "{\"state\":\"READY\"}").andExpect(status().isOk());
		assertThat(this.audit.find(new AuditQuery(null, "EXTENSION_UNBOUND", "agent h1", null, null, 10))).isNotEmpty();
	}

	@Test
	void supervisorsForcedLogoutFreesTheExtension() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2003\"}").andExpect(status().isOk());

		this.mvc.perform(post("/api/supervisor/agents/h1/logout").with(this.boss)).andExpect(status().isOk());

		assertThat(eventually(WAIT, () -> this.bindings.extensionBoundTo("h1").isEmpty())).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from agent_extension_binding where agent_id = 'h1'",
				Integer.class))
			.isZero();
		assertThat(this.telephony.agentAt("2003")).isEmpty();
	}

	@Test
	void logoutDialledFromThePhoneFreesTheExtension() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2003\"}").andExpect(status().isOk());

		this.engine.submit(new Input.AgentLogout("h1"));

		assertThat(eventually(WAIT, () -> this.telephony.agentAt("2003").isEmpty())).isTrue();
	}

	@Test
	void afterARestartOnlyAgentsRestoredAsLoggedInKeepTheirExtension() throws Exception {
		state("h1", "{\"state\":\"READY\",\"extension\":\"2003\"}").andExpect(status().isOk());
		// h2 logged out but the process died before the binding was dropped
		this.jdbc.update("insert into agent_extension_binding (agent_id, extension, bound_at, bound_by) "
				+ "values ('h2', '2002', current_timestamp, 'h2')");

		ExtensionBindings restarted = new ExtensionBindings(this.jdbc, this.engine, this.audit, this.clock);
		assertThat(restarted.extensionBoundTo("h1")).contains("2003");
		assertThat(restarted.extensionBoundTo("h2")).contains("2002");
		restarted.start();
		try {
			assertThat(eventually(WAIT, () -> restarted.extensionBoundTo("h2").isEmpty())).isTrue();
			assertThat(restarted.extensionBoundTo("h1")).contains("2003");
			assertThat(restarted.agentBoundAt("2003")).contains("h1");
		}
		finally {
			restarted.stop();
		}
	}

	@Test
	void deskLogsInAtTheTypedExtensionAndShowsItsPhone() throws Exception {
		RequestPostProcessor agent = user("h1").authorities(Permission.AGENT_DESK);
		this.mvc
			.perform(post("/api/desk/state").with(agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\",\"extension\":\" 2003 \"}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/desk/phone").with(agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extension").value("2003"))
			.andExpect(jsonPath("$.configured").value("2001"))
			.andExpect(jsonPath("$.registered").value(nullValue()))
			.andExpect(jsonPath("$.extensions[2]").value("2003"));
		assertThat(this.bindings.agentBoundAt("2003")).contains("h1");
	}

	@Test
	void openApiDocumentsTheExtensionAskedForAtLogin() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.StateRequest.properties.extension.description")
				.value(startsWith("Extension to bind when this request logs the agent in")));
	}

}
