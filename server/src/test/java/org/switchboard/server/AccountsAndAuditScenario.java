package org.switchboard.server;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.ApiTokenService;
import org.switchboard.server.account.DepartmentSpec;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UpsertResult;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.support.SteppedClockConfiguration;
import org.switchboard.telephony.testphone.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts and audit end to end through the HTTP API. Runs on H2 (as a unit test) and on
 * PostgreSQL ({@code PostgresIT}); ids are random so runs never collide in a shared
 * database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
abstract class AccountsAndAuditScenario {

	static final String ADMIN_PASSWORD = "admin-test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	TestClock clock;

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String createUser(String department, Role role, String password) throws Exception {
		String job = unique("u");
		this.mvc.perform(post("/api/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"jobNumber":"%s","displayName":"Zhang San","departmentCode":%s,"roles":["%s"],"password":"%s"}"""
				.formatted(job, (department != null) ? "\"" + department + "\"" : "null", role, password)))
			.andExpect(status().isCreated());
		return job;
	}

	@Test
	void createsDepartmentTreeAndUserWithRoleThroughTheApi() throws Exception {
		String root = unique("d");
		String child = unique("d");
		this.mvc
			.perform(post("/api/departments").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"%s\",\"name\":\"客服中心\"}".formatted(root)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/departments").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"%s\",\"name\":\"一组\",\"parentCode\":\"%s\"}".formatted(child, root)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentCode").value(root));
		String job = createUser(child, Role.SUPERVISOR, "initial-pass-1");
		this.mvc.perform(get("/api/users/" + job).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentCode").value(child))
			.andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"))
			.andExpect(jsonPath("$.mustChangePassword").value(true));
		List<AuditEntry> created = this.audit.find(new AuditQuery("admin", "USER_CREATED", job, null, null, 10));
		assertThat(created).singleElement().satisfies((entry) -> {
			assertThat(entry.before()).isNull();
			assertThat(entry.after()).contains(job).contains(child).contains("SUPERVISOR");
		});
	}

	@Test
	void answers409ForDuplicateJobNumberAndDepartmentCode() throws Exception {
		String job = createUser(null, Role.AGENT, "initial-pass-1");
		this.mvc
			.perform(post("/api/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"jobNumber":"%s","displayName":"Li Si","roles":["AGENT"],"password":"initial-pass-2"}"""
					.formatted(job)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("jobNumber"));
		String code = unique("d");
		this.accounts.upsertDepartment(new DepartmentSpec(code, "Sales", null), "test");
		this.mvc
			.perform(post("/api/departments").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"%s\",\"name\":\"Sales again\"}".formatted(code)))
			.andExpect(status().isConflict());
	}

	@Test
	void locksAccountAfterFiveFailedLoginsForFifteenMinutes() throws Exception {
		String job = createUser(null, Role.AGENT, "initial-pass-1");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(get("/api/me").with(httpBasic(job, "wrong-password")).with(from("192.0.2.7")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1"))).andExpect(status().isUnauthorized());
		assertThat(this.audit.find(new AuditQuery(job, "ACCOUNT_LOCKED", null, null, null, 10))).hasSize(1);
		this.clock.advance(Duration.ofMinutes(14));
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1"))).andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofMinutes(2));
		this.mvc
			.perform(post("/api/me/password").with(httpBasic(job, "initial-pass-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"initial-pass-1\",\"newPassword\":\"chosen-pass-9\"}"))
			.andExpect(status().isNoContent());
	}

	@Test
	void administratorUnlocksALockedAccountEarly() throws Exception {
		String job = createUser(null, Role.AGENT, "initial-pass-1");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(get("/api/me").with(httpBasic(job, "wrong-password")));
		}
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1"))).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/users/" + job + "/unlock").with(admin())).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		assertThat(this.audit.find(new AuditQuery("admin", "ACCOUNT_UNLOCKED", job, null, null, 10))).hasSize(1);
	}

	@Test
	void recordsEveryLoginWithItsSourceAddress() throws Exception {
		String job = createUser(null, Role.AGENT, "initial-pass-1");
		this.mvc.perform(get("/api/me").with(httpBasic(job, "not-it")).with(from("198.51.100.4")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1")).with(from("198.51.100.5")));
		List<AuditEntry> entries = this.audit.find(new AuditQuery(job, null, null, null, null, 10));
		assertThat(entries).extracting(AuditEntry::action, AuditEntry::sourceAddress)
			.contains(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILURE", "198.51.100.4"),
					org.assertj.core.groups.Tuple.tuple("LOGIN_SUCCESS", "198.51.100.5"));
	}

	@Test
	void newUserMustChangePasswordBeforeUsingTheApi() throws Exception {
		String job = createUser(null, Role.AGENT, "initial-pass-1");
		this.mvc.perform(get("/api/me").with(httpBasic(job, "initial-pass-1")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").exists());
		this.mvc
			.perform(post("/api/me/password").with(httpBasic(job, "initial-pass-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"initial-pass-1\",\"newPassword\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		this.mvc
			.perform(post("/api/me/password").with(httpBasic(job, "initial-pass-1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"initial-pass-1\",\"newPassword\":\"chosen-pass-9\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me").with(httpBasic(job, "chosen-pass-9")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jobNumber").value(job))
			.andExpect(jsonPath("$.mustChangePassword").value(false));
	}

	@Test
	void upsertsAreIdempotentAndAuditedWithBeforeAndAfter() {
		String code = unique("d");
		assertThat(this.accounts.upsertDepartment(new DepartmentSpec(code, "Support", null), "importer"))
			.isEqualTo(UpsertResult.CREATED);
		assertThat(this.accounts.upsertDepartment(new DepartmentSpec(code, "Support", null), "importer"))
			.isEqualTo(UpsertResult.UNCHANGED);
		assertThat(this.accounts.upsertDepartment(new DepartmentSpec(code, "Support East", null), "importer"))
			.isEqualTo(UpsertResult.UPDATED);
		String job = unique("u");
		UserSpec spec = new UserSpec(job, "Wang Wu", code, EnumSet.of(Role.AGENT), true);
		assertThat(this.accounts.upsertUser(spec, null, "importer")).isEqualTo(UpsertResult.CREATED);
		assertThat(this.accounts.upsertUser(spec, null, "importer")).isEqualTo(UpsertResult.UNCHANGED);
		UserSpec promoted = new UserSpec(job, "Wang Wu", code, EnumSet.of(Role.AGENT, Role.QA), true);
		assertThat(this.accounts.upsertUser(promoted, null, "importer")).isEqualTo(UpsertResult.UPDATED);
		List<AuditEntry> changes = this.audit.find(new AuditQuery("importer", null, null, null, null, 100));
		assertThat(changes).filteredOn((entry) -> job.equals(entry.target()))
			.extracting(AuditEntry::action)
			.containsExactly("USER_UPDATED", "USER_CREATED");
		AuditEntry update = changes.stream()
			.filter((entry) -> job.equals(entry.target()) && entry.action().equals("USER_UPDATED"))
			.findFirst()
			.orElseThrow();
		assertThat(update.before()).contains("AGENT").doesNotContain("QA");
		assertThat(update.after()).contains("QA");
		assertThat(changes).filteredOn((entry) -> code.equals(entry.target()))
			.extracting(AuditEntry::action)
			.containsExactly("DEPARTMENT_UPDATED", "DEPARTMENT_CREATED");
	}

	@Test
	void apiTokenAuthenticatesUntilRevoked() throws Exception {
		String job = createUser(null, Role.PLANNER, "initial-pass-1");
		this.accounts.changeOwnPassword(job, "initial-pass-1", "chosen-pass-9");
		String body = this.mvc
			.perform(post("/api/me/tokens").with(httpBasic(job, "chosen-pass-9"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"nightly export\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(secret).startsWith("sbt_");
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jobNumber").value(job));
		this.mvc.perform(get("/api/users").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden());
		this.tokens.revokeToken(job, id);
		this.mvc.perform(get("/api/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

}
