package org.switchboard.telephony.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Input;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.testphone.RawSip;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestClock;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;

class HostileInputTest {

	static final Duration WAIT = Duration.ofSeconds(5);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	TestClock clock = new TestClock(Instant.parse("2026-01-05T09:00:00Z"));

	List<TestPhone> phones = new ArrayList<>();

	void start(SipSettings settings) throws Exception {
		this.server = new TelephonyFixture(this.dataDir, this.clock, settings);
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		if (this.server != null) {
			this.server.close();
		}
	}

	TestPhone phone(String user, String password) throws Exception {
		TestPhone phone = TestPhone.start(user, password, this.server.port());
		this.phones.add(phone);
		return phone;
	}

	@Test
	void bansASourceAfterFiveFailedAuthenticationsAndReportsIt() throws Exception {
		start(SipSettings.defaults().withBan(5, Duration.ofSeconds(60), Duration.ofMinutes(10)));
		TestPhone attacker = phone("1001", "guess");
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.register(600).getStatusCode()).isEqualTo(403);
		}

		Response afterBan = phone("1002", "pw1002").register(600);

		assertThat(afterBan).isNull();
		assertThat(this.server.securityEvents).contains("banned 127.0.0.1 after 5");
		assertThat(this.server.telephony.locations().registeredExtensions()).isEmpty();
	}

	@Test
	void liftsTheBanWhenItsDurationHasPassed() throws Exception {
		start(SipSettings.defaults().withBan(2, Duration.ofSeconds(60), Duration.ofMinutes(10)));
		TestPhone attacker = phone("1001", "guess");
		attacker.register(600);
		attacker.register(600);
		TestPhone honest = phone("1002", "pw1002");
		assertThat(honest.register(600)).isNull();

		this.clock.advance(Duration.ofMinutes(11));

		assertThat(honest.register(600).getStatusCode()).isEqualTo(200);
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() throws Exception {
		start(SipSettings.defaults().withBan(3, Duration.ofSeconds(60), Duration.ofMinutes(10)));
		TestPhone clumsy = phone("1001", "typo");
		clumsy.register(600);
		clumsy.register(600);
		this.clock.advance(Duration.ofSeconds(61));
		clumsy.register(600);

		assertThat(phone("1001", "pw1001").register(600).getStatusCode()).isEqualTo(200);
		assertThat(this.server.securityEvents).noneMatch((e) -> e.startsWith("banned"));
	}

	@Test
	void challengesInvitesFromExistingAndUnknownUsersAlike() throws Exception {
		start(SipSettings.defaults());
		Response existing = firstFinal(phone("1001", "pw1001").call("1002", false));
		Response unknown = firstFinal(phone("4711", "x").call("1002", false));

		assertThat(existing.getStatusCode()).isEqualTo(407);
		assertThat(unknown.getStatusCode()).isEqualTo(407);
		assertThat(headerNames(unknown)).isEqualTo(headerNames(existing));
	}

	@Test
	void refusesInvitesWithWrongCredentialsAlikeForExistingAndUnknownUsers() throws Exception {
		start(SipSettings.defaults());
		Response existing = phone("1001", "wrong").call("1002", true).awaitResponse(WAIT, false);
		Response unknown = phone("4711", "wrong").call("1002", true).awaitResponse(WAIT, false);

		assertThat(existing.getStatusCode()).isEqualTo(403);
		assertThat(unknown.getStatusCode()).isEqualTo(403);
		assertThat(unknown.getReasonPhrase()).isEqualTo(existing.getReasonPhrase());
		assertThat(headerNames(unknown)).isEqualTo(headerNames(existing));
		assertThat(this.server.inputs).isEmpty();
	}

	@Test
	void answersAnAuthenticatedCallToAnUnknownNumberWith404() throws Exception {
		start(SipSettings.defaults());

		Response response = phone("1001", "pw1001").call("99999", true).awaitResponse(WAIT, false);

		assertThat(response.getStatusCode()).isEqualTo(404);
		assertThat(this.server.inputs).isEmpty();
	}

	@Test
	void neverLetsAnUnauthenticatedCallerReachAnExtensionDirectly() throws Exception {
		start(SipSettings.defaults());
		TestPhone agent = phone("1002", "pw1002");
		agent.register(600);

		Response response = firstFinal(phone("5550100", "x").call("1002", false));

		assertThat(response.getStatusCode()).isEqualTo(407);
		assertThat(agent.awaitIncoming(Duration.ofMillis(500))).isNull();
		assertThat(this.server.inputs(Input.ContactArrives.class)).isEmpty();
	}

	@Test
	void challengesUnauthenticatedCallsToRoutesWhenAnonymousInboundIsOff() throws Exception {
		start(SipSettings.defaults().withAllowUnauthenticatedInbound(false));

		Response response = firstFinal(phone("5550100", "x").call("801", false));

		assertThat(response.getStatusCode()).isEqualTo(407);
		assertThat(this.server.inputs).isEmpty();
	}

	@Test
	void answersOptionsKeepAlivesWithAllow() throws Exception {
		start(SipSettings.defaults());
		try (RawSip raw = new RawSip(this.server.port())) {
			String answer = raw.exchange(raw.options("keepalive"), WAIT);

			assertThat(RawSip.status(answer)).isEqualTo(200);
			assertThat(answer).containsPattern("(?i)Allow: .*INVITE");
		}
	}

	private static Response firstFinal(TestCall call) throws InterruptedException {
		return call.awaitChallengeOrFinal(WAIT);
	}

	private static List<String> headerNames(Response response) {
		List<String> names = new ArrayList<>();
		Iterator<?> it = response.getHeaderNames();
		while (it.hasNext()) {
			names.add(String.valueOf(it.next()));
		}
		return names;
	}

}
