package org.switchboard.server.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.journal.JournalEntry;
import org.switchboard.server.journal.JournalStore;
import org.switchboard.server.journal.PersistentJournal;
import org.switchboard.server.support.LoopbackSip;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.testphone.Audio;
import org.switchboard.telephony.testphone.Baresip;
import org.switchboard.telephony.testphone.FreePorts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * The issue's "done when" with real softphones against the whole server and its default
 * digest settings: baresip registers as extension 1001 (auto-answer, sends 880 Hz), its
 * agent goes READY over REST, a second baresip dials 800, presses 1 and sends 440 Hz; the
 * journal holds the answer and the recording carries 440 Hz left and 880 Hz right. Needs
 * Debian's baresip-core: mandatory when CI=true, skipped otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CapturedRecordings.class)
class SoftphoneBaresipIT {

	private static final Logger log = LoggerFactory.getLogger(SoftphoneBaresipIT.class);

	static final Duration WAIT = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		LoopbackSip.enable(registry, 100);
	}

	@TempDir
	Path dir;

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

	@Test
	void baresipCallerReachesTheReadyBaresipAgentThroughIvrAndQueueAndIsRecorded() throws Exception {
		Path binary = Baresip.require("SoftphoneBaresipIT");
		Instant start = Instant.now().minusSeconds(1);
		LoopbackSip.importExampleCenter(this.importer, this.accounts);
		String registrar = "127.0.0.1:" + this.sip.port();
		int[] sipPorts = FreePorts.baresipSipPorts();
		int rtp = FreePorts.rtpRange(40);
		Path agentTone = this.dir.resolve("880.wav");
		Path callerTone = this.dir.resolve("440.wav");
		Audio.writeTone(agentTone, 880, 40);
		Audio.writeTone(callerTone, 440, 40);
		try (Baresip agent = Baresip.start(binary, this.dir.resolve("agent"), sipPorts[0], rtp + "-" + (rtp + 19),
				FreePorts.tcp(), FreePorts.udp(), agentTone,
				"<sip:1001@" + registrar + ">;auth_pass=s3cret-1001;regint=600;answermode=auto;audio_codecs=PCMU");
				Baresip caller = Baresip.start(binary, this.dir.resolve("caller"), sipPorts[1],
						(rtp + 20) + "-" + (rtp + 39), FreePorts.tcp(), FreePorts.udp(), callerTone,
						"<sip:13800000001@" + registrar + ">;regint=0;answermode=manual;audio_codecs=PCMU")) {
			try {
				converse(registrar, agent, caller);
			}
			catch (AssertionError ex) {
				log.info("agent's baresip log:\n{}\ncaller's baresip log:\n{}", agent.log(), caller.log());
				throw ex;
			}
		}

		List<JournalEntry> answered = entries(start, "CONTACT_ANSWERED");
		assertThat(answered).singleElement().satisfies((entry) -> assertThat(entry.agentId()).isEqualTo("1001"));
		assertThat(eventually(WAIT, () -> !this.recordings.recorded.isEmpty())).isTrue();
		RecordingStore.Recording recording = this.recordings.recorded.get(0);
		assertThat(recording.contactId()).isEqualTo(answered.get(0).contactId());
		assertThat(recording.duration()).isGreaterThan(Duration.ofSeconds(2));
		double left = Audio.channel(recording.file(), 0).frequencyBeforeEnd(1.5, 0.5);
		double right = Audio.channel(recording.file(), 1).frequencyBeforeEnd(1.5, 0.5);
		log.info("recording {}: left {} Hz, right {} Hz, {}", recording.file().getFileName(), Math.round(left),
				Math.round(right), recording.duration());
		assertThat(left).as("caller's 440 Hz on the left").isBetween(400.0, 480.0);
		assertThat(right).as("agent's 880 Hz on the right").isBetween(840.0, 920.0);
	}

	private void converse(String registrar, Baresip agent, Baresip caller) throws Exception {
		assertThat(eventually(WAIT,
				() -> this.sip.telephony().map((t) -> !t.locations().contactsOf("1001").isEmpty()).orElse(false)))
			.as("baresip registered as 1001 with the default (MD5) digest")
			.isTrue();
		LoopbackSip.ready(this.mvc, "1001");
		assertThat(eventually(WAIT, () -> caller.log().contains("baresip is ready"))).isTrue();

		caller.command("dial", "sip:800@" + registrar);
		assertThat(eventually(WAIT, () -> caller.log().contains("Call established"))).isTrue();
		caller.press("1");
		assertThat(eventually(WAIT, () -> agent.log().contains("Call established")))
			.as("the agent's baresip rang and answered")
			.isTrue();
		// talk time for the recording, not a synchronisation
		TimeUnit.SECONDS.sleep(4);
		caller.command("hangup", null);
		assertThat(eventually(WAIT, () -> !entries(Instant.EPOCH, "CONTACT_ENDED").isEmpty())).isTrue();
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
