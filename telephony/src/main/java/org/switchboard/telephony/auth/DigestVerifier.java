package org.switchboard.telephony.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.switchboard.telephony.Extension;
import org.switchboard.telephony.ExtensionDirectory;

/**
 * Verifies digest credentials against the extension directory. RFC 2617 §3.2.2.1:
 * response = H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" HA2) with qop=auth, else H(HA1
 * ":" nonce ":" HA2); HA2 = H(method ":" digest-uri). An unknown or disabled user is
 * checked against a throw-away hash so that it fails the same way, in the same time, as a
 * wrong password.
 */
public final class DigestVerifier {

	private final ExtensionDirectory directory;

	private final NonceService nonces;

	private final String realm;

	public DigestVerifier(ExtensionDirectory directory, NonceService nonces, String realm) {
		this.directory = directory;
		this.nonces = nonces;
		this.realm = realm;
	}

	public String realm() {
		return this.realm;
	}

	public NonceService nonces() {
		return this.nonces;
	}

	public Outcome verify(DigestCredentials credentials, String method) {
		if (!this.nonces.isGenuine(credentials.nonce()) || !this.realm.equals(credentials.realm())) {
			return Outcome.STALE;
		}
		Optional<DigestAlgorithm> algorithm = DigestAlgorithm.fromToken(credentials.algorithm());
		if (algorithm.isEmpty() || credentials.response() == null || credentials.uri() == null) {
			return Outcome.FAILED;
		}
		Optional<Extension> extension = this.directory.find(String.valueOf(credentials.username()))
			.filter(Extension::enabled);
		String ha1 = extension.map((e) -> e.ha1().get(algorithm.get()))
			.orElseGet(() -> algorithm.get().ha1("nobody", this.realm, "unknown"));
		boolean match = constantTimeEquals(expected(algorithm.get(), ha1, credentials, method),
				credentials.response().toLowerCase(java.util.Locale.ROOT)) && extension.isPresent()
				&& extension.get().ha1().containsKey(algorithm.get());
		if (!match) {
			return Outcome.FAILED;
		}
		return this.nonces.isStale(credentials.nonce()) ? Outcome.STALE : Outcome.OK;
	}

	static String expected(DigestAlgorithm algorithm, String ha1, DigestCredentials c, String method) {
		String ha2 = algorithm.hash(method + ":" + c.uri());
		if (c.qop() == null || c.qop().isEmpty()) {
			return algorithm.hash(ha1 + ":" + c.nonce() + ":" + ha2);
		}
		return algorithm.hash(ha1 + ":" + c.nonce() + ":" + c.nc() + ":" + c.cnonce() + ":" + c.qop() + ":" + ha2);
	}

	/** Computes a client's response; used by test phones and tools. */
	public static String response(DigestAlgorithm algorithm, String ha1, DigestCredentials c, String method) {
		return expected(algorithm, ha1, c, method);
	}

	static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/** Result of a verification. */
	public enum Outcome {

		/** The credentials prove the user knows the password. */
		OK,
		/** The nonce is expired or not ours: challenge again, not a failure. */
		STALE,
		/** Wrong password, unknown or disabled user, unsupported algorithm. */
		FAILED

	}

}
