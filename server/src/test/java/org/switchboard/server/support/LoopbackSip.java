package org.switchboard.server.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The server's built-in PBX on free loopback ports, and in-JVM SIP phones (telephony's
 * test phones) talking to it; {@link #close()} hangs them up.
 */
public final class LoopbackSip implements AutoCloseable {

	private final int serverPort;

	private final List<TestPhone> phones = new ArrayList<>();

	/** Phones for the server listening on {@code 127.0.0.1:serverPort}. */
	public LoopbackSip(int serverPort) {
		this.serverPort = serverPort;
	}

	/**
	 * Turns SIP on, on a free SIP port and a free RTP range, recording under
	 * {@code dataDir}.
	 */
	public static void enable(DynamicPropertyRegistry registry, Path dataDir) {
		int rtp = FreePorts.rtpRange(200);
		int sip = FreePorts.sipPort();
		registry.add("switchboard.sip.enabled", () -> "true");
		registry.add("switchboard.sip.host", () -> "127.0.0.1");
		registry.add("switchboard.sip.port", () -> sip);
		registry.add("switchboard.rtp.port-min", () -> rtp);
		registry.add("switchboard.rtp.port-max", () -> rtp + 199);
		registry.add("switchboard.data-dir", dataDir::toString);
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

	private TestPhone phone(String user, String password) throws Exception {
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
