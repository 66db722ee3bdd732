package org.switchboard.server.sip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.journal.JournalEntry;
import org.switchboard.server.journal.JournalStore;
import org.switchboard.server.journal.PersistentJournal;
import org.switchboard.server.support.LoopbackSip;
import org.switchboard.telephony.registrar.Binding;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * The "done when" on a fresh server with the example configuration: a softphone
 * registers as extension 1001, its agent goes READY over REST, a caller dials 800 and
 * presses 1, the agent's phone rings and answers, both hear each other, and afterwards
 * the journal holds the answer and the recording is on disk.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CapturedRecordings.class)
class SoftphoneCallTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final Path DATA_DIR = LoopbackSip.temporaryDataDir("switchboard-sip-test");

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		LoopbackSip.enable(registry, 200, DATA_DIR);
	}

	@Autowired
	SipServer sip;

	@Autowired
	ConfigImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	PersistentJournal journal;

	@Autowired
	JournalStore journalStore;

	@Autowired
	CapturedRecordings recordings;

	@Autowired
	JdbcTemplate jdbc;

	private LoopbackSip phones;

	@BeforeEach
	void startPhones() {
		this.phones = new LoopbackSip(this.sip.port());
	}

	@AfterEach
	void hangUpPhones() {
		this.phones.close();
	}

	@Test
	void aRegisteredPhoneIsStillReachedAfterThePbxRestartsWithoutRegisteringAgain() throws Exception {
		this.importer.importYaml(LoopbackSip.exampleCenter(), "test");
		TestPhone agent = this.phones.phone("1001", "s3cret-1001");
		assertThat(agent.register(600).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> this.jdbc
			.queryForObject("select count(*) from sip_registration where extension = '1001'", Integer.class) == 1))
			.as("the registration is stored")
			.isTrue();

		this.sip.stop();
		this.sip.start();

		assertThat(this.sip.telephony().orElseThrow().locations().contactsOf("1001")).extracting(Binding::contact)
			.containsExactly(agent.contact());
	}

	@Test
	void callerDialling800AndPressing1TalksToTheReadyAgentAndTheCallIsRecorded() throws Exception {
		Instant start = Instant.now().minusSeconds(1);
		LoopbackSip.importExampleCenter(this.importer, this.accounts);
		TestPhone agent = this.phones.phone("1001", "s3cret-1001");
		assertThat(agent.register(600).getStatusCode()).isEqualTo(200);
		LoopbackSip.ready(this.mvc, "1001").andExpect(jsonPath("$.state").value("READY"));

		TestCall call = this.phones.caller("13800000001").call("800", false);
		call.rtp().tone(440);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		call.dtmf('1');
		TestCall agentSide = agent.awaitIncoming(WAIT);
		assertThat(agentSide).as("the agent's phone rings").isNotNull();
		agentSide.rtp().tone(880);
		assertThat(eventually(WAIT, () -> Math.abs(agentSide.rtp().recentFrequency(4000) - 440) < 40))
			.as("the agent hears the caller")
			.isTrue();
		assertThat(eventually(WAIT, () -> Math.abs(call.rtp().recentFrequency(4000) - 880) < 40))
			.as("the caller hears the agent")
			.isTrue();

		int heardBeforeTalk = agentSide.rtp().heardCount();
		assertThat(eventually(WAIT, () -> agentSide.rtp().heardCount() - heardBeforeTalk >= 8000))
			.as("a second of conversation reaches the agent")
			.isTrue();

		call.hangUp();

		assertThat(agentSide.awaitEvent("BYE", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> !entries(start, "CONTACT_ENDED").isEmpty())).isTrue();
		List<JournalEntry> answered = entries(start, "CONTACT_ANSWERED");
		assertThat(answered).singleElement().satisfies((entry) -> assertThat(entry.agentId()).isEqualTo("1001"));
		assertThat(eventually(WAIT, () -> !this.recordings.recorded.isEmpty())).isTrue();
		assertThat(this.recordings.recorded).singleElement().satisfies((recording) -> {
			assertThat(recording.contactId()).isEqualTo(answered.get(0).contactId());
			assertThat(recording.caller()).isEqualTo("13800000001");
			assertThat(recording.agentId()).isEqualTo("1001");
			assertThat(recording.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(900));
			assertThat(recording.file().toAbsolutePath()).startsWith(DATA_DIR.resolve("recordings").toAbsolutePath());
			assertThat(Files.size(recording.file())).isEqualTo(recording.sizeBytes());
		});
		assertThat(eventually(WAIT,
				() -> prometheus().contains("switchboard_rtp_endpoints_open 0.0")
						&& prometheus().contains("switchboard_sip_calls_active 0.0")
						&& prometheus().contains("switchboard_recordings_in_progress 0.0")))
			.as("the call's sockets and recording are gone from the gauges:%n%s", prometheus())
			.isTrue();
		assertThat(prometheus()).contains("switchboard_rtp_recorder_overflows_samples_total 0.0");
	}

	private String prometheus() {
		try {
			return this.mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<JournalEntry> entries(Instant since, String type) {
		try {
			this.journal.awaitStored(WAIT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		List<JournalEntry> found = new ArrayList<>();
		this.journalStore.forEachSince(since, List.of(type), found::add);
		return found;
	}

}
