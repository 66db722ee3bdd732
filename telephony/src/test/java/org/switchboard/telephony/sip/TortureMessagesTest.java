package org.switchboard.telephony.sip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.telephony.testphone.Fixtures;
import org.switchboard.telephony.testphone.RawSip;
import org.switchboard.telephony.testphone.TelephonyFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFC 4475 torture messages (fixtures in {@code sip/rfc4475}) against a running
 * server. The first Via of each is pointed back at the test's socket (and its branch made
 * unique) so the answer can be read; the server must keep serving after every one.
 */
class TortureMessagesTest {

	private static final Path FIXTURES = Path.of("src/test/resources/sip/rfc4475");

	/**
	 * Answers RFC 4475 asks for and this server gives (§3.1.2, §3.3). wsinv is valid but
	 * carries a To tag of no dialog here, hence 481; requests from extensions are
	 * challenged (401/407) before their content is judged.
	 */
	private static final Map<String, Integer> EXPECTED = Map.ofEntries(Map.entry("badinv01", 400),
			Map.entry("clerr", 400), Map.entry("ncl", 400), Map.entry("scalar02", 400), Map.entry("quotbal", 400),
			Map.entry("ltgtruri", 400), Map.entry("lwsruri", 400), Map.entry("mismatch01", 400),
			Map.entry("mismatch02", 400), Map.entry("unkscm", 416), Map.entry("novelsc", 416), Map.entry("bext01", 420),
			Map.entry("invut", 415), Map.entry("intmeth", 405), Map.entry("esc02", 405), Map.entry("mpart01", 405),
			Map.entry("semiuri", 200), Map.entry("transports", 200), Map.entry("lwsdisp", 200),
			Map.entry("dblreq", 401), Map.entry("escnull", 401), Map.entry("regaut01", 401), Map.entry("esc01", 407),
			Map.entry("longreq", 407), Map.entry("badvers", 505), Map.entry("mcl01", 400), Map.entry("multi01", 400),
			Map.entry("wsinv", 481), Map.entry("insuf", 400));

	/** Responses, not requests: a server never answers them. */
	private static final List<String> RESPONSES = List.of("unreason", "noreason", "bigcode");

	@TempDir
	static Path dataDir;

	static TelephonyFixture server;

	@BeforeAll
	static void start() throws IOException {
		server = TelephonyFixture.start(dataDir);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	static Stream<String> fixtures() throws IOException {
		try (Stream<Path> files = Files.list(FIXTURES)) {
			return files.map((p) -> p.getFileName().toString())
				.filter((n) -> n.endsWith(".dat"))
				.map((n) -> n.substring(0, n.length() - 4))
				.sorted()
				.toList()
				.stream();
		}
	}

	@Test
	void shipsAllFortyNineTortureMessages() throws IOException {
		assertThat(fixtures().count()).isEqualTo(49);
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void answersEachTortureMessageOverUdpAndKeepsServing(String name) throws IOException {
		try (RawSip raw = new RawSip(server.port())) {
			byte[] message = Fixtures.replyTo(Files.readAllBytes(FIXTURES.resolve(name + ".dat")), raw.localPort());

			String answer = raw.exchange(message, Duration.ofMillis(EXPECTED.containsKey(name) ? 2000 : 300));

			if (EXPECTED.containsKey(name)) {
				assertThat(RawSip.status(answer)).as(name).isEqualTo(EXPECTED.get(name));
			}
			if (RESPONSES.contains(name)) {
				assertThat(answer).as(name).isNull();
			}
			assertThat(RawSip.status(raw.exchange(raw.options("after-" + name), Duration.ofSeconds(2))))
				.as("OPTIONS after " + name)
				.isEqualTo(200);
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void survivesEachTortureMessageOverTcp(String name) throws IOException {
		try (RawSip raw = new RawSip(server.port())) {
			raw.tcp(Files.readAllBytes(FIXTURES.resolve(name + ".dat")), Duration.ofMillis(100));

			assertThat(RawSip.status(raw.exchange(raw.options("tcp-" + name), Duration.ofSeconds(2))))
				.as("OPTIONS after " + name + " over TCP")
				.isEqualTo(200);
		}
	}

	@Test
	void answersGarbageWithSilenceAndKeepsServing() throws IOException {
		try (RawSip raw = new RawSip(server.port())) {
			assertThat(raw.exchange(new byte[] { 0, 1, 2, 3, (byte) 0xff }, Duration.ofMillis(200))).isNull();

			assertThat(RawSip.status(raw.exchange(raw.options("garbage"), Duration.ofSeconds(2)))).isEqualTo(200);
		}
	}

}
