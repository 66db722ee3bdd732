package org.switchboard.server.configfile;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.account.UserAccount;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Configuration as code end to end through the HTTP API, on H2 and on PostgreSQL. Codes
 * and job numbers are random so runs never collide in a shared database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class ConfigAsCodeScenario {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	ConfigExporter exporter;

	private final String id = UUID.randomUUID().toString().substring(0, 8);

	private String file() {
		return """
				# a center's organisation
				departments:
				  - {code: cs-%1$s, name: 客服部, parent: hq-%1$s}
				  - {code: hq-%1$s, name: 总部}
				users:
				  - jobNumber: "a%1$s"
				    name: 张三
				    department: cs-%1$s
				    roles: [AGENT]
				    password: Initial-Pass-1
				  - {jobNumber: "s%1$s", name: Li Si, department: hq-%1$s, roles: [SUPERVISOR, QA], enabled: false}
				""".formatted(this.id);
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", "admin-test-password");
	}

	static MockHttpServletRequestBuilder importing(String yaml) {
		return post("/api/config/import").contentType("application/yaml").content(yaml);
	}

	private long auditedChanges() {
		return this.audit.find(new AuditQuery(null, null, null, null, null, 1000))
			.stream()
			.filter((entry) -> entry.target() != null && entry.target().contains(this.id))
			.count();
	}

	@Test
	void importsDepartmentsAndUsersParentsFirst() throws Exception {
		this.mvc.perform(importing(file()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].section").value("departments"))
			.andExpect(jsonPath("$.sections[0].created").value(2))
			.andExpect(jsonPath("$.sections[1].created").value(2));

		UserAccount agent = this.accounts.findUser("a" + this.id).orElseThrow();
		assertThat(agent.displayName()).isEqualTo("张三");
		assertThat(agent.departmentCode()).isEqualTo("cs-" + this.id);
		assertThat(agent.roles()).containsExactly(Role.AGENT);
		assertThat(agent.mustChangePassword()).isTrue();
		assertThat(this.accounts.findUser("s" + this.id).orElseThrow().enabled()).isFalse();
		assertThat(this.accounts.findDepartment("cs-" + this.id).orElseThrow().parentCode()).isEqualTo("hq-" + this.id);
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws Exception {
		this.mvc.perform(importing(file()).with(admin())).andExpect(status().isOk());
		long audited = auditedChanges();

		this.mvc.perform(importing(file()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].unchanged").value(2))
			.andExpect(jsonPath("$.sections[1].unchanged").value(2))
			.andExpect(jsonPath("$.sections[1].updated").value(0));

		assertThat(auditedChanges()).isEqualTo(audited).isEqualTo(4);
	}

	@Test
	void exportReimportsWithoutChangeAndHoldsNoPasswords() throws Exception {
		this.mvc.perform(importing(file()).with(admin())).andExpect(status().isOk());
		String exported = this.mvc.perform(get("/api/config/export").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jobNumber: a" + this.id)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(exported).contains("name: 张三").doesNotContain("password").doesNotContain("Initial-Pass-1");

		this.mvc.perform(importing(exported).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].created").value(0))
			.andExpect(jsonPath("$.sections[0].updated").value(0))
			.andExpect(jsonPath("$.sections[1].created").value(0))
			.andExpect(jsonPath("$.sections[1].updated").value(0));
	}

	@Test
	void changedFileUpdatesOnlyWhatChangedAndAuditsBeforeAndAfter() throws Exception {
		this.mvc.perform(importing(file()).with(admin())).andExpect(status().isOk());

		this.mvc.perform(importing(file().replace("name: 张三", "name: 张三丰")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[1].updated").value(1))
			.andExpect(jsonPath("$.sections[1].unchanged").value(1));

		assertThat(this.accounts.findUser("a" + this.id).orElseThrow().displayName()).isEqualTo("张三丰");
		assertThat(this.audit.find(new AuditQuery(null, "USER_UPDATED", null, null, null, 100)))
			.anySatisfy((entry) -> assertThat(entry.before()).contains("张三").doesNotContain("张三丰"));
	}

	@Test
	void badFileIsRejectedWholeWithTheLineAndFieldAtFault() throws Exception {
		String bad = file().replace("department: cs-" + this.id, "department: nowhere-" + this.id)
			.replace("roles: [SUPERVISOR, QA]", "roles: [SUPERVISOR, BOSS]");
		this.mvc.perform(importing(bad).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(11))
			.andExpect(jsonPath("$.errors[0].path").value("users[1].roles"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("unknown role 'BOSS'")));

		String unknownDepartment = file().replace("department: cs-" + this.id, "department: nowhere-" + this.id);
		this.mvc.perform(importing(unknownDepartment).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(8))
			.andExpect(jsonPath("$.errors[0].path").value("users[0].department"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("nowhere-" + this.id)));

		assertThat(this.accounts.findDepartment("hq-" + this.id)).as("departments of a rejected file").isEmpty();
		assertThat(this.accounts.findUser("s" + this.id)).isEmpty();
	}

	@Test
	void onlyAdministratorsImportOrExport() throws Exception {
		String supervisor = "sup" + this.id;
		this.accounts.upsertUser(new UserSpec(supervisor, "Supervisor", null, EnumSet.of(Role.SUPERVISOR), true),
				"First-Pass-123", "test");
		this.accounts.changeOwnPassword(supervisor, "First-Pass-123", "Second-Pass-456");
		RequestPostProcessor asSupervisor = httpBasic(supervisor, "Second-Pass-456");

		this.mvc.perform(importing(file())).andExpect(status().isUnauthorized());
		this.mvc.perform(importing(file()).with(asSupervisor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/config/export").with(asSupervisor)).andExpect(status().isForbidden());
		assertThat(this.accounts.findUser("a" + this.id)).isEmpty();
	}

}
