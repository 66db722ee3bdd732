package org.switchboard.server.recordings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.account.Permission;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.support.SteppedClockConfiguration;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.RecordingStore.Recording;
import org.switchboard.telephony.testphone.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recordings end to end over HTTP: stored through telephony's port with real WAV files in
 * a temporary data directory, then listed, filtered, played with range requests,
 * downloaded, audited, restricted, masked and expired. Run on H2
 * ({@link RecordingsOnH2Tests}) and PostgreSQL ({@link RecordingsPostgresIT}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
abstract class RecordingsScenario {

	@TempDir
	static Path dataDir;

	@Autowired
	MockMvc mvc;

	@Autowired
	DatabaseRecordingStore store;

	@Autowired
	RecordingRetention retention;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private final RequestPostProcessor supervisor = user("boss").authorities(Permission.RECORDINGS,
			Permission.SUPERVISE);

	private final RequestPostProcessor agent = user("a1001").authorities(Permission.AGENT_DESK);

	private Instant now;

	private String careCall;

	private String salesCall;

	private String longCall;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("switchboard.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void threeRecordings() throws IOException {
		this.jdbc.update("delete from recording");
		this.now = this.clock.instant();
		this.careCall = store("c-care", "13812348000", "a1001", "care", this.now.minus(Duration.ofHours(3)), 30_000);
		this.salesCall = store("c-sales", "02161234567", "a1002", "sales", this.now.minus(Duration.ofHours(2)), 5_000);
		this.longCall = store("c-long", "13900001111", "a1001", "sales", this.now.minus(Duration.ofHours(1)), 90_000);
	}

	/**
	 * Writes a real WAV (short, whatever the stated duration) and reports it as telephony
	 * does.
	 */
	private String store(String contactId, String caller, String agentId, String queue, Instant start,
			long durationMillis) throws IOException {
		Path file = Wav.write(dataDir.resolve("recordings").resolve(contactId + ".wav"), 250);
		this.store.recorded(new Recording(contactId, contactId + "@sip", caller, agentId, queue, file, start,
				Duration.ofMillis(durationMillis), Files.size(file), RecordingAccess.sha256(file)));
		return this.jdbc.queryForObject("select id from recording where contact_id = ?", String.class, contactId);
	}

	@Test
	void listsNewestFirstAndAppliesEachFilter() throws Exception {
		this.mvc.perform(get("/api/recordings").with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].contactId", contains("c-long", "c-sales", "c-care")));
		expectContacts(
				"from=" + this.now.minus(Duration.ofMinutes(150)) + "&to=" + this.now.minus(Duration.ofMinutes(90)),
				"c-sales");
		expectContacts("number=1381234", "c-care");
		expectContacts("agent=a1002", "c-sales");
		expectContacts("queue=sales", "c-long", "c-sales");
		expectContacts("minDuration=30", "c-long", "c-care");
		expectContacts("limit=1&offset=1", "c-sales");
		expectContacts("number=%25", new String[0]);
	}

	@Test
	void voicemailIsListedAsSuchInItsMailboxAndItsAgentMaySeeIt() throws Exception {
		Path file = Wav.write(dataDir.resolve("recordings").resolve("c-vm-voicemail.wav"), 250);
		this.store.voicemail(new RecordingStore.Voicemail("c-vm", "c-vm@sip", "13700001234", "agent:a1001", file,
				this.now.minus(Duration.ofMinutes(30)), Duration.ofSeconds(12), Files.size(file),
				RecordingAccess.sha256(file)));

		this.mvc.perform(get("/api/recordings?kind=voicemail").with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].contactId", contains("c-vm")))
			.andExpect(jsonPath("$[0].kind").value("VOICEMAIL"))
			.andExpect(jsonPath("$[0].mailbox").value("agent:a1001"))
			.andExpect(jsonPath("$[0].agentId").value("a1001"));
		expectContacts("kind=CALL", "c-long", "c-sales", "c-care");
		expectContacts("mailbox=agent:a1001", "c-vm");
		this.mvc.perform(get("/api/recordings?kind=voicemail").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].contactId", contains("c-vm")));
	}

	@Test
	void malformedTimeFilterIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/recordings?from=yesterday").with(this.supervisor))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	private void expectContacts(String filter, String... contacts) throws Exception {
		this.mvc.perform(get("/api/recordings?" + filter).with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(
					(contacts.length == 0) ? jsonPath("$", empty()) : jsonPath("$[*].contactId", contains(contacts)));
	}

	@Test
	void storesEachFileOnceWithItsPathRelativeToTheDataDirectory() throws IOException {
		Path file = dataDir.resolve("recordings/c-care.wav");
		this.store.recorded(new Recording("c-care", "c-care@sip", "13812348000", "a1001", "care", file, this.now,
				Duration.ofSeconds(30), Files.size(file), RecordingAccess.sha256(file)));
		assertThat(this.jdbc.queryForList("select file_path from recording where contact_id = 'c-care'", String.class))
			.containsExactly("recordings/c-care.wav");
	}

	@Test
	void rangeRequestAnswersPartialContentWithTheRequestedBytes() throws Exception {
		byte[] wav = Files.readAllBytes(dataDir.resolve("recordings/c-care.wav"));
		MvcResult result = this.mvc
			.perform(get("/api/recordings/{id}/audio", this.careCall).with(this.supervisor)
				.header(HttpHeaders.RANGE, "bytes=40-139"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 40-139/" + wav.length))
			.andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(wav, 40, 140));
		assertThat(result.getResponse().getContentType()).isEqualTo("audio/wav");
	}

	@Test
	void wholeFilePlaysInlineAndEveryAccessIsAudited() throws Exception {
		byte[] wav = Files.readAllBytes(dataDir.resolve("recordings/c-care.wav"));
		this.mvc.perform(get("/api/recordings/{id}/audio", this.careCall).with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")))
			.andExpect(content().bytes(wav));
		this.mvc.perform(get("/api/recordings/{id}", this.careCall).with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caller").value("13812348000"))
			.andExpect(jsonPath("$.durationSeconds").value(30.0))
			.andExpect(jsonPath("$.sizeBytes").value(wav.length));
		assertThat(auditOf(this.careCall)).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::sourceAddress)
			.containsExactly(tuple(RecordingAccess.PLAYED, "boss", "127.0.0.1"),
					tuple(RecordingAccess.VIEWED, "boss", "127.0.0.1"));
	}

	@Test
	void downloadIsAnAttachmentAndAuditedAsDownloaded() throws Exception {
		this.mvc.perform(get("/api/recordings/{id}/audio?download=true", this.salesCall).with(this.supervisor))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"recording-" + this.salesCall + ".wav\""));
		assertThat(auditOf(this.salesCall)).extracting(AuditEntry::action, AuditEntry::sourceAddress)
			.containsExactly(tuple(RecordingAccess.DOWNLOADED, "127.0.0.1"));
	}

	@Test
	void agentSeesAndPlaysOnlyTheirOwnRecordings() throws Exception {
		this.mvc.perform(get("/api/recordings?agent=a1002").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].contactId", contains("c-long", "c-care")));
		this.mvc.perform(get("/api/recordings/{id}", this.salesCall).with(this.agent)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/recordings/{id}/audio", this.salesCall).with(this.agent))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/recordings/{id}/audio", this.careCall).with(this.agent)).andExpect(status().isOk());
	}

	@Test
	void callerNumbersAreMaskedForRolesThatNeedNotSeeThem() throws Exception {
		this.mvc.perform(get("/api/recordings?queue=care").with(this.agent))
			.andExpect(jsonPath("$[0].caller").value("138****8000"));
		this.mvc.perform(get("/api/recordings?queue=care").with(user("qa").authorities(Permission.RECORDINGS)))
			.andExpect(jsonPath("$[0].caller").value("138****8000"));
		this.mvc
			.perform(get("/api/recordings?queue=care")
				.with(user("qa").authorities(Permission.RECORDINGS, Permission.QUALITY)))
			.andExpect(jsonPath("$[0].caller").value("13812348000"));
	}

	@Test
	void usersWithoutRecordingOrDeskPermissionAreRefused() throws Exception {
		this.mvc.perform(get("/api/recordings").with(user("planner").authorities(Permission.REPORTS)))
			.andExpect(status().isForbidden());
	}

	@Test
	void missingFileAnswersGoneWithAClearProblem() throws Exception {
		Files.delete(dataDir.resolve("recordings/c-sales.wav"));
		this.mvc
			.perform(get("/api/recordings/{id}/audio", this.salesCall).with(this.supervisor)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.status").value(410))
			.andExpect(
					jsonPath("$.detail", containsString("audio file of recording " + this.salesCall + " is missing")));
		this.mvc
			.perform(get("/api/recordings/{id}/audio", this.salesCall).with(this.supervisor)
				.header(HttpHeaders.ACCEPT, "audio/wav")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isGone())
			.andExpect(
					jsonPath("$.detail", containsString("audio file of recording " + this.salesCall + " is missing")));
	}

	@Test
	void tamperedFileIsRefusedForDownload() throws Exception {
		Path file = dataDir.resolve("recordings/c-long.wav");
		byte[] bytes = Files.readAllBytes(file);
		bytes[100] ^= 0x55;
		Files.write(file, bytes);
		this.mvc
			.perform(get("/api/recordings/{id}/audio?download=true", this.longCall).with(this.supervisor)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("no longer matches the checksum")));
	}

	@Test
	void retentionDeletesOnlyRecordingsOlderThanTheRetentionPeriod() throws Exception {
		String ancient = store("c-ancient", "13700000000", "a1001", "care", this.now.minus(Duration.ofDays(400)),
				10_000);
		assertThat(this.retention.expire()).isEqualTo(1);
		assertThat(dataDir.resolve("recordings/c-ancient.wav")).doesNotExist();
		assertThat(dataDir.resolve("recordings/c-care.wav")).exists();
		assertThat(
				this.jdbc.queryForObject("select count(*) from recording where deleted_at is not null", Integer.class))
			.isEqualTo(1);
		assertThat(auditOf(ancient)).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(tuple(RecordingRetention.EXPIRED, "system"));
		this.mvc.perform(get("/api/recordings").with(this.supervisor))
			.andExpect(jsonPath("$[*].contactId", contains("c-long", "c-sales", "c-care")));
		this.mvc.perform(get("/api/recordings/{id}/audio", ancient).with(this.supervisor)).andExpect(status().isGone());
		this.mvc.perform(get("/api/recordings/{id}", ancient).with(this.supervisor))
			.andExpect(jsonPath("$.deletedAt").isNotEmpty());

		this.clock.advance(Duration.ofDays(365));
		try {
			assertThat(this.retention.expire()).isEqualTo(3);
			assertThat(dataDir.resolve("recordings/c-care.wav")).doesNotExist();
		}
		finally {
			this.clock.advance(Duration.ofDays(-365));
		}
	}

	@Test
	void recordingsPageHasTheSearchFormAndAPlayerPerRecording() throws Exception {
		this.mvc
			.perform(get("/recordings?queue=care").with(this.supervisor).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recording-search\"")))
			.andExpect(content().string(containsString(
					"<audio controls preload=\"none\" src=\"/api/recordings/" + this.careCall + "/audio\"")))
			.andExpect(content().string(containsString("录音")));
		this.mvc.perform(get("/").with(this.agent))
			.andExpect(content().string(containsString("id=\"area-recordings\"")));
	}

	private List<AuditEntry> auditOf(String recordingId) {
		List<AuditEntry> newestFirst = new ArrayList<>(
				this.audit.find(new AuditQuery(null, null, recordingId, null, null, null)));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
