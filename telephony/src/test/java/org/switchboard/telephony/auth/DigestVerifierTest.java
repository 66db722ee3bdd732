package org.switchboard.telephony.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.Extension;

import static org.assertj.core.api.Assertions.assertThat;

class DigestVerifierTest {

	@Test
	void computesTheRfc2617Md5ExampleResponse() {
		DigestCredentials c = new DigestCredentials("Mufasa", "testrealm@host.com",
				"dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", null, "MD5", "auth", "00000001", "0a4f113b");
		String ha1 = DigestAlgorithm.MD5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");

		assertThat(DigestVerifier.response(DigestAlgorithm.MD5, ha1, c, "GET"))
			.isEqualTo("6629fae49393a05397450978507c4ef1");
	}

	@Test
	void computesTheRfc7616Sha256ExampleResponse() {
		DigestCredentials c = new DigestCredentials("Mufasa", "http-auth@example.org",
				"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "/dir/index.html", null, "SHA-256", "auth", "00000001",
				"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
		String ha1 = DigestAlgorithm.SHA_256.ha1("Mufasa", "http-auth@example.org", "Circle of Life");

		assertThat(DigestVerifier.response(DigestAlgorithm.SHA_256, ha1, c, "GET"))
			.isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
	}

	@Test
	void acceptsCorrectCredentialsAndRefusesAWrongPassword() {
		NonceService nonces = new NonceService(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ofMinutes(5));
		DigestVerifier verifier = verifier(nonces);
		String nonce = nonces.issue();

		assertThat(verifier.verify(answer("1001", "pw1001", nonce, DigestAlgorithm.MD5), "REGISTER"))
			.isEqualTo(DigestVerifier.Outcome.OK);
		assertThat(verifier.verify(answer("1001", "nope", nonce, DigestAlgorithm.SHA_256), "REGISTER"))
			.isEqualTo(DigestVerifier.Outcome.FAILED);
		assertThat(verifier.verify(answer("4711", "pw4711", nonce, DigestAlgorithm.SHA_256), "REGISTER"))
			.isEqualTo(DigestVerifier.Outcome.FAILED);
	}

	@Test
	void asksAgainForAForgedOrExpiredNonce() {
		MutableClock clock = new MutableClock();
		NonceService nonces = new NonceService(clock, Duration.ofMinutes(5));
		DigestVerifier verifier = verifier(nonces);
		String nonce = nonces.issue();

		assertThat(verifier.verify(answer("1001", "pw1001", "forged.nonce", DigestAlgorithm.MD5), "REGISTER"))
			.isEqualTo(DigestVerifier.Outcome.STALE);
		clock.now = clock.now.plus(Duration.ofMinutes(6));
		assertThat(verifier.verify(answer("1001", "pw1001", nonce, DigestAlgorithm.MD5), "REGISTER"))
			.isEqualTo(DigestVerifier.Outcome.STALE);
	}

	@Test
	void neverKeepsThePasswordOnlyItsHashes() {
		Extension extension = Extension.withPassword("1001", "Alice", "switchboard", "pw1001");

		assertThat(extension.ha1()).containsOnlyKeys(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256);
		assertThat(extension.toString()).doesNotContain("pw1001");
		assertThat(extension.ha1().get(DigestAlgorithm.MD5))
			.isEqualTo(DigestAlgorithm.MD5.hash("1001:switchboard:pw1001"));
	}

	private static DigestVerifier verifier(NonceService nonces) {
		Map<String, Extension> directory = Map.of("1001", Extension.withPassword("1001", "A", "switchboard", "pw1001"));
		return new DigestVerifier((n) -> Optional.ofNullable(directory.get(n)), nonces, "switchboard");
	}

	private static DigestCredentials answer(String user, String password, String nonce, DigestAlgorithm algorithm) {
		DigestCredentials c = new DigestCredentials(user, "switchboard", nonce, "sip:127.0.0.1", null,
				algorithm.token(), "auth", "00000001", "abc");
		String response = DigestVerifier.response(algorithm, algorithm.ha1(user, "switchboard", password), c,
				"REGISTER");
		return new DigestCredentials(user, "switchboard", nonce, "sip:127.0.0.1", response, algorithm.token(), "auth",
				"00000001", "abc");
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-01-05T09:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
