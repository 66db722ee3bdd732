package org.switchboard.server.centeradmin;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.QueueView;
import org.switchboard.server.account.Permission;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact-center admin pages: create and edit per kind of item, bad forms, the
 * CONFIGURE permission, and that pages and configuration file stay in sync.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class CenterAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfigImporter importer;

	@Autowired
	EngineHost engine;

	@Autowired
	AuditLog audit;

	@Autowired
	CenterItems items;

	private final RequestPostProcessor admin = user("cfgadmin").authorities(Permission.CONFIGURE);

	private final RequestPostProcessor agent = user("p7001").authorities(Permission.AGENT_DESK);

	private MockHttpServletRequestBuilder save(String path) {
		return post("/admin/center/" + path).with(this.admin).with(csrf()).param("action", "save");
	}

	private String export() throws Exception {
		return this.mvc.perform(get("/api/config/export").with(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void createdQueueIsInTheExportAndTheRunningEngine() throws Exception {
		this.mvc
			.perform(save("queues").param("name", "pg-sales")
				.param("strategy", "round-robin")
				.param("requiredSkills", "sales=3, english=2")
				.param("serviceLevelSeconds", "30")
				.param("wrapUpSeconds", "15")
				.param("joinWhenEmpty", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/center/queues"));
		assertThat(export()).contains("name: pg-sales", "strategy: round-robin", "sales: 3", "wrapUpSeconds: 15");
		QueueView queue = this.engine.queue("pg-sales").get(5, TimeUnit.SECONDS).orElseThrow();
		assertThat(queue.name()).isEqualTo("pg-sales");
		this.mvc.perform(get("/admin/center/queues").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pg-sales")));
	}

	@Test
	void editedQueueKeepsItsNameAndIsAuditedWithBeforeAndAfter() throws Exception {
		this.importer.importYaml("queues:\n  - {name: pg-edit, strategy: longest-idle, serviceLevelSeconds: 7}\n",
				"test");
		this.mvc.perform(get("/admin/center/queues/edit").param("id", "pg-edit").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"7\""), containsString("best-skill"),
					containsString("id=\"joinWhenEmpty\" checked=\"checked\""))));
		this.mvc
			.perform(save("queues").param("original", "pg-edit")
				.param("name", "renamed-ignored")
				.param("strategy", "best-skill")
				.param("joinWhenEmpty", "true")
				.param("serviceLevelSeconds", "9"))
			.andExpect(status().is3xxRedirection());
		String exported = export();
		assertThat(exported).contains("name: pg-edit").doesNotContain("renamed-ignored");
		assertThat(this.audit.find(new AuditQuery("cfgadmin", "CENTER_ITEM_UPDATED", "queues:pg-edit", null, null, 5)))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.before()).contains("longest-idle");
				assertThat(entry.after()).contains("best-skill", "9");
			});
	}

	@Test
	void badQueueFormShowsFieldErrorsInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(save("queues").locale(Locale.SIMPLIFIED_CHINESE)
				.param("name", "pg-bad")
				.param("strategy", "sticky")
				.param("serviceLevelSeconds", "twenty")
				.param("requiredSkills", "sales"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-serviceLevelSeconds\""),
					containsString("必须是整数"), containsString("id=\"error-requiredSkills\""),
					containsString("value=\"twenty\""), containsString("value=\"pg-bad\""))));
		assertThat(export()).doesNotContain("pg-bad");
	}

	@Test
	void queueRefusedByTheSectionShowsItsProblemAtTheField() throws Exception {
		this.mvc
			.perform(save("queues").param("name", "pg-neg").param("strategy", "linear").param("wrapUpSeconds", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"save-item\""), containsString("value=\"-5\""))))
			.andExpect(content().string(containsString("wrapUpSeconds")));
		assertThat(export()).doesNotContain("pg-neg");
	}

	@Test
	void creatingAnExistingNameIsRefused() throws Exception {
		this.importer.importYaml("queues:\n  - {name: pg-twice}\n", "test");
		this.mvc.perform(save("queues").param("name", "pg-twice").param("strategy", "random"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-name\"")));
		assertThat(export()).doesNotContain("strategy: random");
	}

	@Test
	void agentWithoutConfigurePermissionIsRefused() throws Exception {
		this.mvc.perform(get("/admin/center").with(this.agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/center/queues").with(this.agent)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/center/reason-codes").with(this.agent)
				.with(csrf())
				.param("code", "pg-nap")
				.param("label", "Nap"))
			.andExpect(status().isForbidden());
		assertThat(export()).doesNotContain("pg-nap");
	}

	@Test
	void extensionPasswordIsNeverShownAndKeptWhenLeftEmpty() throws Exception {
		this.mvc.perform(save("extensions").param("number", "7101").param("password", "Secret-7101"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/center/extensions/edit").param("id", "7101").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Secret-7101"))));
		this.mvc.perform(save("extensions").param("original", "7101").param("password", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(save("extensions").param("number", "7102").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-password\"")));
		assertThat(export()).contains("7101").doesNotContain("7102").doesNotContain("Secret-7101");
	}

	@Test
	void agentWithSkillsAndQueuesIsSavedAndAnUnknownExtensionIsShownAtItsField() throws Exception {
		this.importer.importYaml(
				"queues:\n  - {name: pg-agents}\nextensions:\n  - {number: '7201', password: Secret-7201}\n", "test");
		this.mvc
			.perform(save("agents").param("jobNumber", "p7201")
				.param("name", "Page Agent")
				.param("extension", "7201")
				.param("skills", "general=4, sales=2")
				.param("queues", "pg-agents=0"))
			.andExpect(status().is3xxRedirection());
		assertThat(export()).contains("jobNumber: p7201", "general: 4", "pg-agents: 0");
		this.mvc
			.perform(save("agents").param("original", "p7201")
				.param("name", "Page Agent")
				.param("extension", "no-such-ext")
				.param("skills", "general=4"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"error-extension\""), containsString("value=\"no-such-ext\""))));
		this.mvc.perform(save("agents").param("jobNumber", "p7202").param("name", "Bad Skills").param("skills", "a=b"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-skills\"")));
	}

	@Test
	void ivrValidateNamesTheNodeAndSavesNothing() throws Exception {
		String nodes = "hello: {type: menu, prompt: hi, options: {'1': nowhere}}\n";
		this.mvc
			.perform(post("/admin/center/ivrs").with(this.admin)
				.with(csrf())
				.param("action", "validate")
				.param("name", "pg-flow")
				.param("start", "hello")
				.param("nodes", nodes))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-nodes\""), containsString("nowhere"))));
		assertThat(export()).doesNotContain("pg-flow");
	}

	@Test
	void ivrThatValidatesIsSavedFromTheStructuredEditor() throws Exception {
		this.importer.importYaml("queues:\n  - {name: pg-ivrq}\n", "test");
		String nodes = "hello: {type: menu, prompt: hi, options: {'1': q}, timeoutSeconds: 5, retries: 1, onFail: q}\n"
				+ "q: {type: queue, queue: pg-ivrq}\n";
		this.mvc
			.perform(post("/admin/center/ivrs").with(this.admin)
				.with(csrf())
				.param("action", "validate")
				.param("name", "pg-good-flow")
				.param("start", "hello")
				.param("nodes", nodes))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"valid\"")));
		assertThat(export()).doesNotContain("pg-good-flow");
		this.mvc.perform(save("ivrs").param("name", "pg-good-flow").param("start", "hello").param("nodes", nodes))
			.andExpect(status().is3xxRedirection());
		assertThat(export()).contains("pg-good-flow");
		this.mvc.perform(get("/admin/center/ivrs/edit").param("id", "pg-good-flow").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("queue: pg-ivrq")));
	}

	@Test
	void calendarWithWeeklyHoursAndHolidaysAndARouteUsingItAreSaved() throws Exception {
		this.importer.importYaml("queues:\n  - {name: pg-routed}\n", "test");
		this.mvc
			.perform(save("calendars").param("name", "pg-office")
				.param("timeZone", "Asia/Shanghai")
				.param("weekdays", "09:00-12:00, 13:00-18:00")
				.param("days.saturday", "10:00-14:00")
				.param("holidays", "2026-10-01, 2026-10-02"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(save("calendars").param("name", "pg-nowhere")
				.param("timeZone", "Mars/Olympus")
				.param("weekdays", "09:00-18:00"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"error-timeZone\""), containsString("Mars/Olympus"))));
		this.mvc
			.perform(save("routes").param("number", "8801")
				.param("destination", "queue:pg-routed")
				.param("calendar", "pg-office")
				.param("closedDestination", "hangup"))
			.andExpect(status().is3xxRedirection());
		assertThat(export()).contains("pg-office", "saturday", "2026-10-02", "8801").doesNotContain("pg-nowhere");
	}

	@Test
	void reasonAndDispositionCodesAreAddedWithoutLosingTheOthers() throws Exception {
		// these sections replace their whole list: put back what other tests rely on
		String before = ItemForm.dump(Map.of("reasonCodes", this.items.list(CenterEntity.REASON_CODES),
				"dispositionCodes", this.items.list(CenterEntity.DISPOSITION_CODES)));
		try {
			addCodes();
		}
		finally {
			this.importer.importYaml(before, "test");
		}
	}

	private void addCodes() throws Exception {
		this.importer.importYaml("reasonCodes:\n  - {code: pg-lunch, label: Lunch}\n", "test");
		this.mvc.perform(save("reason-codes").param("code", "pg-meeting").param("label", "开会"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(save("disposition-codes").param("code", "pg-sold").param("label", "Sold"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(save("reason-codes").param("code", "bad code!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-code\"")));
		assertThat(export()).contains("pg-lunch", "pg-meeting", "开会", "pg-sold");
	}

	@Test
	void blacklistEntriesAreSavedAndConflictingDiversionsAreShownAtTheField() throws Exception {
		this.mvc
			.perform(save("blacklist").param("name", "pg-nuisance")
				.param("numbers", "99990001, 99990002")
				.param("prefixes", "+99999")
				.param("divert", "hangup"))
			.andExpect(status().is3xxRedirection());
		assertThat(export()).contains("pg-nuisance", "99990002", "+99999");
		this.mvc
			.perform(save("blacklist").param("name", "pg-other")
				.param("numbers", "99990003")
				.param("divert", "relax-skills"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-divert\""), containsString("one blacklist"))));
		assertThat(export()).doesNotContain("pg-other");
	}

	@Test
	void aFileImportAppearsOnThePage() throws Exception {
		this.mvc
			.perform(post("/api/config/import").with(this.admin)
				.contentType("application/yaml")
				.content("queues:\n  - {name: pg-from-file, strategy: fewest-calls, serviceLevelSeconds: 45}\n"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/center/queues").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pg-from-file")));
		this.mvc.perform(get("/admin/center/queues/edit").param("id", "pg-from-file").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"45\""),
					containsString("<option value=\"fewest-calls\" selected=\"selected\">"))));
	}

	@Test
	void homePageAndMenuLinkTheOverviewOnlyForConfigure() throws Exception {
		this.mvc.perform(get("/").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"area-center\""), containsString("id=\"nav-center\""))));
		this.mvc.perform(get("/").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString("id=\"area-center\"")), not(containsString("id=\"nav-center\"")))));
	}

	@Test
	void overviewLinksToEveryList() throws Exception {
		this.mvc.perform(get("/admin/center").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/admin/center/queues"),
					containsString("/admin/center/extensions"), containsString("/admin/center/agents"),
					containsString("/admin/center/ivrs"), containsString("/admin/center/routes"),
					containsString("/admin/center/calendars"), containsString("/admin/center/blacklist"),
					containsString("/admin/center/reason-codes"), containsString("/admin/center/disposition-codes"))));
	}

}
