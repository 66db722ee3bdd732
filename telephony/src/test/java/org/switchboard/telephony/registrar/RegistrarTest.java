package org.switchboard.telephony.registrar;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.ContactHeader;
import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrarTest {

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = TelephonyFixture.start(this.dataDir);
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.server.close();
	}

	TestPhone phone(String user, String password) throws Exception {
		TestPhone phone = TestPhone.start(user, password, this.server.port());
		this.phones.add(phone);
		return phone;
	}

	@Test
	void registersWithSha256Digest() throws Exception {
		TestPhone phone = phone("1001", "pw1001").algorithm(DigestAlgorithm.SHA_256);

		Response response = phone.register(600);

		assertThat(response.getStatusCode()).isEqualTo(200);
		assertThat(this.server.telephony.locations().contactsOf("1001")).extracting(Binding::contact)
			.containsExactly(phone.contact());
	}

	@Test
	void registersWithMd5Digest() throws Exception {
		TestPhone phone = phone("1002", "pw1002").algorithm(DigestAlgorithm.MD5);

		assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		assertThat(this.server.telephony.locations().registeredExtensions()).containsExactly("1002");
	}

	@Test
	void challengesOncePerAlgorithmSha256FirstByDefault() throws Exception {
		TestPhone phone = phone("1001", "pw1001");

		Response challenge = phone.sendRegister(phone.registerRequest(600, phone.contact()));

		assertThat(challenge.getStatusCode()).isEqualTo(401);
		assertThat(algorithms(challenge)).containsExactly("SHA-256", "MD5");
	}

	@Test
	void offersOnlyTheConfiguredAlgorithms() throws Exception {
		try (TelephonyFixture md5Only = new TelephonyFixture(this.dataDir.resolve("md5"), java.time.Clock.systemUTC(),
				org.switchboard.telephony.SipSettings.defaults().withDigestAlgorithms(List.of(DigestAlgorithm.MD5)))) {
			TestPhone phone = TestPhone.start("1001", "pw1001", md5Only.port()).algorithm(DigestAlgorithm.MD5);
			this.phones.add(phone);

			Response challenge = phone.sendRegister(phone.registerRequest(600, phone.contact()));

			assertThat(algorithms(challenge)).containsExactly("MD5");
			assertThat(phone.register(600).getStatusCode()).isEqualTo(200);
		}
	}

	private static List<String> algorithms(Response challenge) {
		List<String> algorithms = new ArrayList<>();
		ListIterator<?> headers = challenge.getHeaders("WWW-Authenticate");
		while (headers.hasNext()) {
			algorithms.add(((javax.sip.header.WWWAuthenticateHeader) headers.next()).getAlgorithm());
		}
		return algorithms;
	}

	@Test
	void refusesWrongPasswordWith403() throws Exception {
		TestPhone phone = phone("1001", "wrong");

		assertThat(phone.register(600).getStatusCode()).isEqualTo(403);
		assertThat(this.server.telephony.locations().contactsOf("1001")).isEmpty();
		assertThat(this.server.securityEvents).contains("failed 1001 REGISTER from 127.0.0.1");
	}

	@Test
	void answersUnknownAndDisabledUsersExactlyLikeAWrongPassword() throws Exception {
		Response wrongPassword = phone("1001", "wrong").register(600);
		Response unknown = phone("4711", "whatever").register(600);
		Response disabled = phone("1009", "pw1009").register(600);

		for (Response response : List.of(unknown, disabled)) {
			assertThat(response.getStatusCode()).isEqualTo(wrongPassword.getStatusCode());
			assertThat(response.getReasonPhrase()).isEqualTo(wrongPassword.getReasonPhrase());
			assertThat(headerNames(response)).isEqualTo(headerNames(wrongPassword));
		}
	}

	@Test
	void keepsSeveralContactsPerExtensionAndRemovesOne() throws Exception {
		TestPhone phone = phone("1003", "pw1003");
		phone.register(600, "sip:1003@127.0.0.1:7001", "pw1003");
		Response both = phone.register(600, "sip:1003@127.0.0.1:7002", "pw1003");

		assertThat(contacts(both)).hasSize(2);
		phone.register(0, "sip:1003@127.0.0.1:7001", "pw1003");

		assertThat(this.server.telephony.locations().contactsOf("1003")).extracting(Binding::contact)
			.containsExactly("sip:1003@127.0.0.1:7002");
	}

	@Test
	void letsRegistrationsLapseAtTheirExpiry() throws Exception {
		org.switchboard.telephony.testphone.TestClock clock = new org.switchboard.telephony.testphone.TestClock(
				Instant.parse("2026-01-05T09:00:00Z"));
		try (TelephonyFixture timed = new TelephonyFixture(this.dataDir.resolve("timed"), clock,
				org.switchboard.telephony.SipSettings.defaults())) {
			TestPhone phone = TestPhone.start("1001", "pw1001", timed.port());
			this.phones.add(phone);
			phone.register(60);
			clock.advance(Duration.ofSeconds(59));
			assertThat(timed.telephony.locations().contactsOf("1001")).hasSize(1);

			clock.advance(Duration.ofSeconds(2));

			assertThat(timed.telephony.locations().contactsOf("1001")).isEmpty();
		}
	}

	@Test
	void refusesExpiriesBelowTheMinimumWith423() throws Exception {
		assertThat(phone("1001", "pw1001").register(5).getStatusCode()).isEqualTo(423);
	}

	private static List<String> headerNames(Response response) {
		List<String> names = new ArrayList<>();
		java.util.Iterator<?> it = response.getHeaderNames();
		while (it.hasNext()) {
			names.add(String.valueOf(it.next()));
		}
		return names;
	}

	private static List<String> contacts(Response response) {
		List<String> contacts = new ArrayList<>();
		ListIterator<?> headers = response.getHeaders(ContactHeader.NAME);
		while (headers.hasNext()) {
			contacts.add(((ContactHeader) headers.next()).getAddress().getURI().toString());
		}
		return contacts;
	}

}
