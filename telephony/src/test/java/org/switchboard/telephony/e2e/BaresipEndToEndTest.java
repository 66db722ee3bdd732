package org.switchboard.telephony.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Input;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.Audio;
import org.switchboard.telephony.testphone.Baresip;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Two real softphones through Switchboard: baresip "agent" registers as 1001 with digest
 * auth and auto-answers sending 880 Hz; baresip "caller" dials 800, presses 1 (RFC 4733)
 * and sends 440 Hz. Each must hear the other, and the recording must hold 440 Hz left and
 * 880 Hz right. Needs Debian's baresip-core: mandatory when CI=true, skipped otherwise.
 */
class BaresipEndToEndTest {

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dir;

	@Test
	void bridgesTwoBaresipPhonesThroughIvrAndQueueAndRecordsBothSides() throws Exception {
		Path binary = Baresip.require("BaresipEndToEndTest");
		Audio.writeTone(this.dir.resolve("440.wav"), 440, 40);
		Audio.writeTone(this.dir.resolve("880.wav"), 880, 40);
		// baresip 1.0 (libre) refuses any challenge set that includes SHA-256: offer MD5
		// only.
		SipSettings md5Only = SipSettings.defaults().withDigestAlgorithms(List.of(DigestAlgorithm.MD5));
		try (TelephonyFixture server = new TelephonyFixture(this.dir.resolve("data"), Clock.systemUTC(), md5Only);
				ScriptedEngine engine = new ScriptedEngine(List.of("a1"), Duration.ofSeconds(10))) {
			engine.sink(server.telephony);
			server.engine(engine);
			String registrar = "127.0.0.1:" + server.port();
			int[] sip = FreePorts.baresipSipPorts();
			try (Baresip agent = Baresip.start(binary, this.dir.resolve("agent"), sip[0], "42000-42019",
					FreePorts.tcp(), FreePorts.udp(), this.dir.resolve("880.wav"),
					"<sip:1001@" + registrar + ">;auth_pass=pw1001;regint=600;answermode=auto;audio_codecs=PCMU");
					Baresip caller = Baresip.start(binary, this.dir.resolve("caller"), sip[1], "42020-42039",
							FreePorts.tcp(), FreePorts.udp(), this.dir.resolve("440.wav"),
							"<sip:5550100@" + registrar + ">;regint=0;answermode=manual;audio_codecs=PCMU")) {
				try {
					converse(server, registrar, agent, caller);
				}
				catch (AssertionError ex) {
					System.out.println(
							"e2e: agent config:\n" + java.nio.file.Files.readString(this.dir.resolve("agent/config"))
									+ "\ne2e: agent log:\n" + agent.log() + "\ne2e: caller log:\n" + caller.log());
					throw ex;
				}
			}
			checkAudio(server);
		}
	}

	private void converse(TelephonyFixture server, String registrar, Baresip agent, Baresip caller) throws Exception {
		assertThat(eventually(WAIT, () -> !server.telephony.locations().contactsOf("1001").isEmpty()))
			.as("baresip registered as 1001 with digest auth")
			.isTrue();
		assertThat(eventually(WAIT,
				() -> caller.log().contains("baresip is ready") && agent.log().contains("baresip is ready")))
			.isTrue();

		caller.command("dial", "sip:800@" + registrar);
		assertThat(eventually(WAIT, () -> caller.log().contains("Call established"))).isTrue();
		caller.press("1");
		assertThat(eventually(WAIT, () -> !server.inputs(Input.AgentAnswered.class).isEmpty()))
			.as("the agent's baresip answered")
			.isTrue();
		assertThat(server.inputs(Input.DigitsCollected.class)).extracting(Input.DigitsCollected::digits)
			.containsExactly("1");
		talk(Duration.ofSeconds(4));
		caller.command("hangup", null);
		assertThat(eventually(WAIT, () -> !server.recordings.isEmpty())).isTrue();
	}

	private void checkAudio(TelephonyFixture server) throws IOException {
		RecordingStore.Recording recording = server.recordings.get(0);
		double left = Audio.channel(recording.file(), 0).frequencyBeforeEnd(2.5, 0.5);
		double right = Audio.channel(recording.file(), 1).frequencyBeforeEnd(2.5, 0.5);
		System.out.printf("e2e: recording %s: left %.0f Hz, right %.0f Hz, %s%n", recording.file().getFileName(), left,
				right, recording.duration());
		assertThat(left).as("caller's 440 Hz on the left").isBetween(400.0, 480.0);
		assertThat(right).as("agent's 880 Hz on the right").isBetween(840.0, 920.0);
		assertHeard(this.dir.resolve("agent"), 440);
		assertHeard(this.dir.resolve("caller"), 880);
	}

	private static void assertHeard(Path phoneDir, double hz) throws IOException {
		List<Path> files;
		try (var listing = java.nio.file.Files.list(phoneDir.resolve("rec"))) {
			files = listing.toList();
		}
		for (Path file : files) {
			System.out.printf("e2e: %s wrote %s (%d bytes)%n", phoneDir.getFileName(), file.getFileName(),
					java.nio.file.Files.size(file));
		}
		Optional<Path> wav = files.stream()
			.filter((p) -> p.getFileName().toString().endsWith("-dec.wav"))
			.max(java.util.Comparator.comparingLong(BaresipEndToEndTest::size));
		assertThat(wav).as("%s recorded what it heard", phoneDir.getFileName()).isPresent();
		double heard = Audio.channel(wav.get(), 0).frequencyBeforeEnd(2.5, 0.5);
		System.out.printf("e2e: %s heard %.0f Hz%n", phoneDir.getFileName(), heard);
		if (Double.isNaN(heard) || Math.abs(heard - hz) > 40) {
			System.out.println("e2e: " + phoneDir.getFileName() + " log:\n" + java.nio.file.Files
				.readString(phoneDir.resolve("log.txt"), java.nio.charset.StandardCharsets.ISO_8859_1));
		}
		assertThat(heard).as("%s heard the other side", phoneDir.getFileName()).isBetween(hz - 40, hz + 40);
	}

	/**
	 * Lets the bridged call carry audio for a while: talk time, not a synchronisation.
	 */
	private static void talk(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

	private static long size(Path file) {
		try {
			return java.nio.file.Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
