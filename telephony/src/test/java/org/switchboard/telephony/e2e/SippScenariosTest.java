package org.switchboard.telephony.e2e;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.EngineLoop;
import org.switchboard.telephony.testphone.TelephonyFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * The SIPp scenarios of {@code src/test/sipp} against Switchboard driven by the real
 * engine. Needs Debian's sip-tester: mandatory when CI=true, skipped otherwise.
 */
class SippScenariosTest {

	static final Path SCENARIOS = Path.of("src/test/sipp");

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dir;

	Path sipp;

	TelephonyFixture server;

	EngineLoop engine;

	List<Process> started = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.sipp = requireSipp();
		// SIPp's [authentication] computes MD5 only and reads the first challenge.
		SipSettings md5Only = SipSettings.defaults().withDigestAlgorithms(List.of(DigestAlgorithm.MD5));
		this.server = new TelephonyFixture(this.dir.resolve("data"), Clock.systemUTC(), md5Only);
		this.engine = new EngineLoop(CenterConfig.builder()
			.queue(QueueConfig.named("sales").strategy("linear").ringTimeoutSeconds(2).wrapUpSeconds(5))
			.agent(CenterConfig.AgentConfig.of("a1").queue("sales"))
			.agent(CenterConfig.AgentConfig.of("a2").queue("sales"))
			.build());
		this.engine.sink(this.server.telephony);
		this.server.engine(this.engine);
	}

	@AfterEach
	void stop() {
		for (Process process : this.started) {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
		if (this.engine != null) {
			this.engine.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void callerHangingUpWhileQueuedIsJournalledAsAbandoned() throws Exception {
		assertThat(run("caller-hangs-up.xml", "801", freeUdp(), "-d", "2000")).as("SIPp caller exit code").isZero();

		assertThat(eventually(WAIT, () -> !events(ContactEvent.ContactAbandoned.class).isEmpty())).isTrue();
		assertThat(events(ContactEvent.ContactAbandoned.class).get(0).where())
			.isEqualTo(ContactEvent.AbandonPoint.QUEUE);
		assertThat(this.server.telephony.liveContacts()).isEmpty();
	}

	@Test
	void ringNoAnswerMovesTheCallToTheNextAgent() throws Exception {
		Process silent = agent("1001", "a1", "agent-no-answer.xml");
		Process answering = agent("1002", "a2", "agent-answer.xml");

		assertThat(run("caller-hangs-up.xml", "801", freeUdp(), "-d", "6000")).as("SIPp caller exit code").isZero();

		assertThat(silent.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(silent.exitValue()).as("agent 1001 saw its ring cancelled").isZero();
		assertThat(answering.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(answering.exitValue()).as("agent 1002 answered and was hung up on").isZero();
		assertThat(events(ContactEvent.OfferFailed.class))
			.extracting(ContactEvent.OfferFailed::agentId, ContactEvent.OfferFailed::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a1", ContactEvent.OfferFailure.NO_ANSWER));
		assertThat(events(ContactEvent.ContactAnswered.class)).extracting(ContactEvent.ContactAnswered::agentId)
			.containsExactly("a2");
	}

	@Test
	void answersMalformedRequestsWith400AndKeepsServing() throws Exception {
		assertThat(run("malformed.xml", "801", freeUdp())).as("SIPp exit code").isZero();
	}

	/**
	 * Registers {@code extension} with SIPp, makes its agent ready, and leaves a UAS
	 * running on its port.
	 */
	private Process agent(String extension, String agentId, String scenario) throws Exception {
		int port = freeUdp();
		assertThat(run("register.xml", extension, port, "-au", extension, "-ap", "pw" + extension)).isZero();
		this.engine.submit(new Input.AgentLogin(agentId));
		this.engine.submit(new Input.AgentReady(agentId));
		Process uas = sipp(scenario, extension, port);
		assertThat(eventually(WAIT, () -> !free(port))).as("SIPp UAS listening on %d", port).isTrue();
		return uas;
	}

	private int run(String scenario, String service, int port, String... extra) throws Exception {
		Process process = sipp(scenario, service, port, extra);
		if (!process.waitFor(40, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("SIPp " + scenario + " did not finish");
		}
		if (process.exitValue() != 0) {
			System.out.println("SIPp " + scenario + " output:\n" + Files.readString(log(scenario, port)));
		}
		return process.exitValue();
	}

	private Process sipp(String scenario, String service, int port, String... extra) throws IOException {
		List<String> command = new ArrayList<>(List.of(this.sipp.toString(), "127.0.0.1:" + this.server.port(), "-sf",
				SCENARIOS.resolve(scenario).toString(), "-s", service, "-m", "1", "-i", "127.0.0.1", "-p",
				String.valueOf(port), "-mp", String.valueOf(freeMediaPorts()), "-timeout", "30s", "-timeout_error",
				"-nostdin", "-trace_err", "-error_file", log(scenario, port) + ".err"));
		command.addAll(List.of(extra));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log(scenario, port).toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		this.started.add(process);
		return process;
	}

	private Path log(String scenario, int port) {
		return this.dir.resolve(scenario + "-" + port + ".log");
	}

	private <T> List<T> events(Class<T> type) {
		return this.engine.journal.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static Path requireSipp() {
		Optional<Path> binary = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((p) -> Path.of(p, "sipp"))
			.filter(Files::isExecutable)
			.findFirst();
		if (binary.isEmpty()) {
			if ("true".equals(System.getenv("CI"))) {
				fail("sipp is not installed but CI=true requires the SIPp scenarios (apt-get install sip-tester)");
			}
			System.out.println("SippScenariosTest skipped: sipp is not installed (apt-get install sip-tester)");
			Assumptions.abort("sipp is not installed");
		}
		return binary.get();
	}

	/**
	 * SIPp binds audio RTP at {@code -mp} and video RTP at {@code -mp + 2} (RTCP one
	 * above each), so all four ports must be free, not just the first.
	 */
	private static int freeMediaPorts() throws IOException {
		for (int attempt = 0; attempt < 200; attempt++) {
			int base = freeUdp() & ~1;
			if (base < 65_000 && free(base) && free(base + 1) && free(base + 2) && free(base + 3)) {
				return base;
			}
		}
		throw new IOException("found no four consecutive free UDP ports for SIPp's media sockets");
	}

	private static int freeUdp() throws IOException {
		try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean free(int port) {
		try (DatagramSocket socket = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort() == port;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
