package org.switchboard.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.server.account.AccountService;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The server's built-in PBX on free loopback ports, the example center's agent 1001 ready
 * to take calls, and in-JVM SIP phones (telephony's test phones) talking to it;
 * {@link #close()} hangs them up.
 */
public final class LoopbackSip implements AutoCloseable {

	private final int serverPort;

	private final List<TestPhone> phones = new ArrayList<>();

	/** Phones for the server listening on {@code 127.0.0.1:serverPort}. */
	public LoopbackSip(int serverPort) {
		this.serverPort = serverPort;
	}

	/**
	 * Turns SIP on, on a free SIP port and a free range of 200 RTP ports, recording under
	 * {@code dataDir}.
	 */
	public static void enable(DynamicPropertyRegistry registry, Path dataDir) {
		enable(registry, 200, dataDir);
	}

	/**
	 * Turns SIP on, on a free SIP port and a free range of {@code rtpPorts} RTP ports,
	 * recording under {@code dataDir}.
	 */
	public static void enable(DynamicPropertyRegistry registry, int rtpPorts, Path dataDir) {
		enable(registry, rtpPorts);
		registry.add("switchboard.data-dir", dataDir::toString);
	}

	/**
	 * Turns SIP on, on a free SIP port and a free range of {@code rtpPorts} RTP ports,
	 * leaving the data directory as configured.
	 */
	public static void enable(DynamicPropertyRegistry registry, int rtpPorts) {
		int rtp = FreePorts.rtpRange(rtpPorts);
		int sip = FreePorts.sipPort();
		registry.add("switchboard.sip.enabled", () -> "true");
		registry.add("switchboard.sip.host", () -> "127.0.0.1");
		registry.add("switchboard.sip.port", () -> sip);
		registry.add("switchboard.rtp.port-min", () -> rtp);
		registry.add("switchboard.rtp.port-max", () -> rtp + rtpPorts - 1);
	}

	/**
	 * A fresh temporary directory for a test context's data
	 * ({@code switchboard.data-dir}).
	 */
	public static Path temporaryDataDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The example contact center's configuration
	 * ({@code contactcenter/example-center.yaml}).
	 */
	public static String exampleCenter() throws IOException {
		return new ClassPathResource("contactcenter/example-center.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Imports the example contact center and changes agent 1001's imported password, as
	 * the agent would before working.
	 */
	public static void importExampleCenter(ConfigImporter importer, AccountService accounts) throws IOException {
		importer.importYaml(exampleCenter(), "test");
		accounts.changeOwnPassword("1001", "Agent-Pass-1", "Agent-Pass-2-changed");
	}

	/** Agent {@code agent} sets itself READY over REST; the answer is 200. */
	public static ResultActions ready(MockMvc mvc, String agent) throws Exception {
		return mvc
			.perform(put("/api/agents/" + agent + "/state").with(user(agent))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\"}"))
			.andExpect(status().isOk());
	}

	/**
	 * A desk phone registered (digest auth) as {@code extension} that rings on incoming
	 * calls until the test answers them.
	 */
	public TestPhone deskPhone(String extension, String password) throws Exception {
		TestPhone phone = phone(extension, password).answerMode(TestPhone.Answer.IGNORE);
		int status = phone.register(600).getStatusCode();
		if (status != 200) {
			throw new IllegalStateException("extension " + extension + " could not register: " + status);
		}
		return phone;
	}

	/** A caller's phone showing {@code number} as its identity. */
	public TestPhone caller(String number) throws Exception {
		return phone(number, "unused");
	}

	/** A phone for {@code user} that answers incoming calls; not registered yet. */
	public TestPhone phone(String user, String password) throws Exception {
		TestPhone phone = TestPhone.start(user, password, this.serverPort).algorithm(DigestAlgorithm.MD5);
		this.phones.add(phone);
		return phone;
	}

	/**
	 * Answers {@code ringing} once it has rung for {@code ring} since {@code rangAt} (at
	 * once if it already has).
	 */
	public static void answerAfterRinging(TestCall ringing, Instant rangAt, Duration ring) throws Exception {
		Instant answerAt = rangAt.plus(ring);
		Object clock = new Object();
		synchronized (clock) {
			for (long left = Duration.between(Instant.now(), answerAt).toMillis(); left > 0; left = Duration
				.between(Instant.now(), answerAt)
				.toMillis()) {
				clock.wait(left);
			}
		}
		ringing.answer();
	}

	@Override
	public void close() {
		this.phones.forEach(TestPhone::close);
	}

}
