package org.switchboard.server.contactcenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Role;
import org.switchboard.server.configfile.ConfigExporter;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ImportReport;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.journal.JournalEntry;
import org.switchboard.server.journal.JournalStore;
import org.switchboard.server.journal.PersistentJournal;
import org.switchboard.server.support.SteppedClockConfiguration;
import org.switchboard.telephony.Extension;
import org.switchboard.telephony.auth.DigestAlgorithm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The example configuration imported as-is yields a working center: a call to 800
 * pressing 1 rings agent 1001 once they are READY, and the journal stores it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ SteppedClockConfiguration.class, RecordingActionSink.Config.class })
class ExampleCenterTests {

	@Autowired
	ConfigImporter importer;

	@Autowired
	ConfigExporter exporter;

	@Autowired
	EngineHost engine;

	@Autowired
	RecordingActionSink sink;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersistentJournal journal;

	@Autowired
	JournalStore journalStore;

	@Autowired
	TelephonyDirectory directory;

	static String example() throws IOException {
		return new ClassPathResource("contactcenter/example-center.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void exampleImportsAsIsAndRoutesDigitOneToTheReadyAgent() throws Exception {
		ImportReport report = this.importer.importYaml(example(), "test");
		assertThat(report.changedAnything()).isTrue();
		AgentView before = this.engine.agent("1001").get(5, TimeUnit.SECONDS).orElseThrow();
		assertThat(before.state()).isEqualTo(AgentStateName.LOGGED_OUT);
		assertThat(before.queues()).containsExactly("general");
		assertThat(this.accounts.findUser("1001").orElseThrow().roles()).contains(Role.AGENT);

		this.accounts.changeOwnPassword("1001", "Agent-Pass-1", "Agent-Pass-2-changed");
		this.mvc
			.perform(put("/api/agents/1001/state").with(user("1001"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("READY"));

		this.engine.submit(new Input.ContactArrives("call-800-1", "13800000001", "800", null, Map.of()));
		settle();
		assertThat(this.sink.of(Action.CollectDigits.class))
			.anyMatch((collect) -> collect.contactId().equals("call-800-1") && collect.prompt().equals("welcome"));
		assertThat(this.sink.of(Action.RingAgent.class)).isEmpty();

		this.engine.submit(new Input.DigitsCollected("call-800-1", "1"));
		settle();
		assertThat(this.sink.of(Action.RingAgent.class)).singleElement().satisfies((ring) -> {
			assertThat(ring.contactId()).isEqualTo("call-800-1");
			assertThat(ring.agentId()).isEqualTo("1001");
		});

		assertThat(this.journal.awaitStored(java.time.Duration.ofSeconds(10))).isTrue();
		List<String> types = this.journalStore.contact("call-800-1").stream().map(JournalEntry::type).toList();
		assertThat(types).contains("CONTACT_ARRIVED", "IVR_NODE_ENTERED", "CONTACT_QUEUED", "CONTACT_OFFERED");
	}

	@Test
	void reimportChangesNothingAndExportHoldsNoSecret() throws Exception {
		this.importer.importYaml(example(), "test");
		ImportReport again = this.importer.importYaml(example(), "test");
		assertThat(again.changedAnything()).isFalse();

		String export = this.exporter.exportYaml();
		assertThat(this.importer.importYaml(export, "test").changedAnything()).as("re-importing the export").isFalse();
		assertThat(export).contains("number: '1001'", "destination: ivr:main", "name: general");
		assertThat(export).doesNotContain("s3cret-1001", "Agent-Pass-1", "ha1");
		Map<String, Object> stored = this.jdbc
			.queryForMap("select realm, ha1_md5, ha1_sha256 from sip_extension where number = '1001'");
		assertThat(stored.get("realm")).isEqualTo("switchboard");
		assertThat(stored.get("ha1_md5")).isEqualTo(hex("MD5", "1001:switchboard:s3cret-1001"));
		assertThat(stored.get("ha1_sha256")).isEqualTo(hex("SHA-256", "1001:switchboard:s3cret-1001"));
		assertThat(this.jdbc.queryForList("select * from sip_extension").toString()).doesNotContain("s3cret");

		this.mvc
			.perform(get("/api/extensions")
				.with(user("admin").authorities(org.switchboard.server.account.Permission.CONFIGURE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value("1001"))
			.andExpect(jsonPath("$[0].password").doesNotExist())
			.andExpect(jsonPath("$[0].ha1Md5").doesNotExist());
	}

	@Test
	void telephonyPortsAnswerFromTheStoredConfiguration() throws Exception {
		this.importer.importYaml(example(), "test");
		Extension extension = this.directory.find("1001").orElseThrow();
		assertThat(extension.displayName()).isEqualTo("Agent One");
		assertThat(extension.ha1()).containsEntry(DigestAlgorithm.MD5, hex("MD5", "1001:switchboard:s3cret-1001"));
		assertThat(DigestAlgorithm.SHA_256.ha1("1001", "switchboard", "s3cret-1001"))
			.isEqualTo(extension.ha1().get(DigestAlgorithm.SHA_256));
		assertThat(this.directory.find("1002")).isEmpty();
		assertThat(this.directory.agentAt("1001")).contains("1001");
		assertThat(this.directory.extensionOf("1001")).contains("1001");
		assertThat(this.directory.entryFor("800")).contains("ivr:main");
		assertThat(this.directory.entryFor("801")).isEmpty();
	}

	/** Waits until the engine thread has handled everything submitted so far. */
	private void settle() throws Exception {
		this.engine.query((engine) -> engine.activeContacts()).get(5, TimeUnit.SECONDS);
	}

	private static String hex(String algorithm, String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
