package org.switchboard.server.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST conventions: problem details for 400/401/403/404, OpenAPI, operations
 * endpoints.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RestConventionsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousApiCallGets401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/users"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void wrongPasswordGets401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/users").with(httpBasic("admin", "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unknownApiTokenGets401() throws Exception {
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer sbt_unknown"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void validationErrorsListEachBadFieldInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post("/api/users").with(httpBasic("admin", "admin-test-password"))
				.header("Accept-Language", "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"jobNumber\":\"bad job!\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("部分字段无效，详见 errors。"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("jobNumber", "displayName", "roles", "password")));
	}

	@Test
	void unknownDepartmentOnUserIsA400OnThatField() throws Exception {
		this.mvc
			.perform(post("/api/users").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"jobNumber":"x9001","displayName":"X","departmentCode":"nope","roles":["AGENT"],
						"password":"long-enough-1"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentCode"));
	}

	@Test
	void lastAdministratorCannotBeDemotedOrDisabled() throws Exception {
		this.mvc
			.perform(put("/api/users/admin").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"Administrator\",\"roles\":[\"AGENT\"],\"enabled\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		this.mvc
			.perform(put("/api/users/admin").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"Administrator\",\"roles\":[\"ADMIN\"],\"enabled\":false}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/me").with(httpBasic("admin", "admin-test-password")))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.enabled").value(true));
	}

	@Test
	void missingUserIs404ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/users/nobody").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("there is no user with job number nobody"));
	}

	@Test
	void auditLogCannotBeChangedThroughTheApi() throws Exception {
		this.mvc.perform(delete("/api/audit").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isMethodNotAllowed());
		this.mvc
			.perform(post("/api/audit").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void auditApiFiltersByActorAndTime() throws Exception {
		this.mvc.perform(get("/api/audit").with(httpBasic("admin", "admin-test-password")));
		this.mvc
			.perform(get("/api/audit").param("actor", "admin")
				.param("action", "LOGIN_SUCCESS")
				.param("from", "2020-01-01T00:00:00Z")
				.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].sourceAddress").value("127.0.0.1"));
		this.mvc
			.perform(get("/api/audit").param("actor", "admin")
				.param("to", "2020-01-01T00:00:00Z")
				.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void servesOpenApiDocumentAndSwaggerUi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/users']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void healthAndPrometheusNeedNoLogin() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		this.mvc.perform(get("/actuator/env").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isNotFound());
	}

}
