package org.switchboard.server.agentstate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Permission;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code PUT/GET /api/agents/{jobNumber}/state}: who may, what the engine answers, bad
 * bodies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class AgentStateApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfigImporter importer;

	@Autowired
	AccountService accounts;

	@BeforeEach
	void center() {
		this.importer.importYaml("""
				queues:
				  - {name: desk, requiredSkills: {desk: 1}}
				agents:
				  - {jobNumber: "s2001", name: "Agent A", password: "Agent-Pass-1", skills: {desk: 3}}
				  - {jobNumber: "s2002", name: "Agent B", password: "Agent-Pass-1", skills: {desk: 3}}
				""", "test");
		for (String agent : new String[] { "s2001", "s2002" }) {
			if (this.accounts.mustChangePassword(agent)) {
				this.accounts.changeOwnPassword(agent, "Agent-Pass-1", "Agent-Pass-2-changed");
			}
		}
	}

	@Test
	void agentLogsInAndGoesReadyThenNotReadyWithAReason() throws Exception {
		this.mvc.perform(state("s2001", "{\"state\":\"READY\"}").with(user("s2001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("s2001"))
			.andExpect(jsonPath("$.state").value("READY"))
			.andExpect(jsonPath("$.queues", hasItem("desk")));
		this.mvc.perform(state("s2001", "{\"state\":\"NOT_READY\",\"reason\":\"coffee\"}").with(user("s2001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("NOT_READY"))
			.andExpect(jsonPath("$.reason").value("coffee"));
		this.mvc.perform(get("/api/agents/s2001/state").with(user("s2001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("NOT_READY"));
		this.mvc.perform(state("s2001", "{\"state\":\"LOGGED_OUT\"}").with(user("s2001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LOGGED_OUT"));
	}

	@Test
	void supervisorMayChangeAnotherAgentsState() throws Exception {
		this.mvc
			.perform(state("s2002", "{\"state\":\"NOT_READY\",\"reason\":\"meeting\"}")
				.with(user("boss").authorities(Permission.SUPERVISE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("NOT_READY"))
			.andExpect(jsonPath("$.reason").value("meeting"));
	}

	@Test
	void anotherAgentIsForbidden() throws Exception {
		this.mvc.perform(state("s2002", "{\"state\":\"READY\"}").with(user("s2001").authorities(Permission.AGENT_DESK)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/agents/s2002/state").with(user("s2001").authorities(Permission.AGENT_DESK)))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownAgentIsNotFound() throws Exception {
		this.mvc.perform(state("nobody", "{\"state\":\"READY\"}").with(user("boss").authorities(Permission.SUPERVISE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void notReadyWithoutReasonIsABadRequestNamingTheField() throws Exception {
		this.mvc.perform(state("s2001", "{\"state\":\"NOT_READY\"}").with(user("s2001")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void missingStateIsABadRequestNamingTheField() throws Exception {
		this.mvc.perform(state("s2001", "{\"reason\":\"x\"}").with(user("s2001")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
	}

	@Test
	void unknownStateIsABadRequest() throws Exception {
		this.mvc.perform(state("s2001", "{\"state\":\"SLEEPING\"}").with(user("s2001")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousCallerIsUnauthorized() throws Exception {
		this.mvc.perform(state("s2001", "{\"state\":\"READY\"}")).andExpect(status().isUnauthorized());
	}

	@Test
	void agentListNeedsConfigureOrSupervise() throws Exception {
		this.mvc.perform(get("/api/agents").with(user("s2001").authorities(Permission.AGENT_DESK)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/agents").with(user("boss").authorities(Permission.SUPERVISE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.jobNumber == 's2001')].skills.desk", hasItem(3)))
			.andExpect(jsonPath("$[?(@.jobNumber == 's2001')].password").isEmpty());
	}

	private static MockHttpServletRequestBuilder state(String jobNumber, String body) {
		return put("/api/agents/" + jobNumber + "/state").contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
