package org.switchboard.server.web;

import java.util.EnumSet;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.ApiTokenService;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server-rendered pages: login, language choice, permission checks, forced password
 * change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Test
	void anonymousPageRequestRedirectsToLogin() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageFollowsTheBrowserLanguage() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工号")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("Job number")));
		this.mvc.perform(get("/login").header("Accept-Language", "zh-Hans-CN"))
			.andExpect(content().string(containsString("工号")));
	}

	@Test
	void languageSwitcherOverridesTheBrowserAndIsRemembered() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("Job number")))
			.andExpect(cookie().value("switchboard-lang", "en"));
		this.mvc.perform(get("/login").cookie(new Cookie("switchboard-lang", "zh-CN")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("工号")));
	}

	@Test
	void adminSeesAdministrationLinks() throws Exception {
		this.mvc.perform(get("/").with(user("admin").authorities(() -> "PERM_USER_ADMIN", () -> "PERM_AUDIT_READ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-users\"")))
			.andExpect(content().string(containsString("id=\"nav-audit\"")));
	}

	@Test
	void agentSeesOnlyTheAgentDeskAndIsRefusedAdminPages() throws Exception {
		String job = "agentpage1";
		this.accounts.upsertUser(new UserSpec(job, "Agent One", null, EnumSet.of(Role.AGENT), true), "long-enough-1",
				"test");
		this.accounts.changeOwnPassword(job, "long-enough-1", "long-enough-2");
		this.mvc.perform(get("/").with(user(job).authorities(() -> "PERM_AGENT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"area-agent-desk\"")))
			.andExpect(content().string(not(containsString("id=\"nav-users\""))));
		this.mvc.perform(get("/admin/users").with(user(job).authorities(() -> "PERM_AGENT_DESK")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(job).authorities(() -> "PERM_AGENT_DESK")))
			.andExpect(status().isForbidden());
	}

	@Test
	void userWithTemporaryPasswordIsSentToThePasswordForm() throws Exception {
		String job = "temppw1";
		this.accounts.upsertUser(new UserSpec(job, "Temp", null, EnumSet.of(Role.QA), true), "long-enough-1", "test");
		this.mvc.perform(get("/").with(user(job).authorities(() -> "PERM_QUALITY")))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").with(user(job).authorities(() -> "PERM_QUALITY")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"must-change\"")));
	}

	@Test
	void adminCreatesUserThroughTheForm() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("admin").authorities(() -> "PERM_USER_ADMIN"))
				.with(csrf())
				.param("jobNumber", "form1")
				.param("displayName", "Form User")
				.param("departmentCode", "")
				.param("roles", "AGENT", "TRAINER")
				.param("enabled", "true")
				.param("password", "long-enough-1"))
			.andExpect(redirectedUrl("/admin/users"));
		org.assertj.core.api.Assertions.assertThat(this.accounts.findUser("form1"))
			.hasValueSatisfying((created) -> org.assertj.core.api.Assertions.assertThat(created.roles())
				.containsExactlyInAnyOrder(Role.AGENT, Role.TRAINER));
	}

	@Test
	void userFormShowsEachProblemInsteadOfSaving() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("admin").authorities(() -> "PERM_USER_ADMIN"))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("jobNumber", "form2")
				.param("displayName", "Form User")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Roles: ")));
		org.assertj.core.api.Assertions.assertThat(this.accounts.findUser("form2")).isEmpty();
	}

	@Test
	void disabledUserLosesTheirSessionAtOnce() throws Exception {
		String job = "disabled1";
		this.accounts.upsertUser(new UserSpec(job, "Soon Gone", null, EnumSet.of(Role.AGENT), true), "long-enough-1",
				"test");
		this.accounts.changeOwnPassword(job, "long-enough-1", "long-enough-2");
		this.mvc.perform(get("/").with(user(job).authorities(() -> "PERM_AGENT_DESK"))).andExpect(status().isOk());
		this.accounts.upsertUser(new UserSpec(job, "Soon Gone", null, EnumSet.of(Role.AGENT), false), null, "test");
		this.mvc.perform(get("/").with(user(job).authorities(() -> "PERM_AGENT_DESK")))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void unknownUserPageIs404() throws Exception {
		this.mvc.perform(get("/admin/users/nobody").with(user("admin").authorities(() -> "PERM_USER_ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void tokenPageShowsTheNewSecretOnce() throws Exception {
		String job = "tokenpage1";
		this.accounts.upsertUser(new UserSpec(job, "Token", null, EnumSet.of(Role.PLANNER), true), "long-enough-1",
				"test");
		this.accounts.changeOwnPassword(job, "long-enough-1", "long-enough-2");
		this.mvc
			.perform(post("/account/tokens").with(user(job).authorities(() -> "PERM_WORKFORCE"))
				.with(csrf())
				.param("name", "export script"))
			.andExpect(redirectedUrl("/account/tokens"))
			.andExpect(flash().attribute("secret", startsWith("sbt_")));
		org.assertj.core.api.Assertions.assertThat(this.tokens.listTokens(job))
			.extracting(org.switchboard.server.account.ApiToken::name)
			.containsExactly("export script");
	}

	@Test
	void adminPagesRender() throws Exception {
		for (String page : new String[] { "/admin/users", "/admin/users/new", "/admin/departments", "/admin/roles",
				"/admin/audit", "/admin/users/admin", "/account/tokens" }) {
			this.mvc
				.perform(get(page).with(user("admin").authorities(() -> "PERM_USER_ADMIN", () -> "PERM_AUDIT_READ")))
				.andExpect(status().isOk());
		}
	}

}
