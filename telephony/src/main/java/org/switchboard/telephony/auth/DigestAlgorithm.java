package org.switchboard.telephony.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Digest algorithms of SIP authentication. RFC 8760 §2.1: SIP digest may use SHA-256 as
 * well as MD5; a server offering several algorithms sends one challenge per algorithm,
 * the preferred one first.
 */
public enum DigestAlgorithm {

	SHA_256("SHA-256", "SHA-256"), MD5("MD5", "MD5");

	private final String token;

	private final String jcaName;

	DigestAlgorithm(String token, String jcaName) {
		this.token = token;
		this.jcaName = jcaName;
	}

	/** The algorithm token in challenges and credentials. */
	public String token() {
		return this.token;
	}

	/**
	 * The algorithm named by a credentials' {@code algorithm} parameter; RFC 3261 §22.4:
	 * an absent parameter means MD5.
	 */
	public static Optional<DigestAlgorithm> fromToken(String token) {
		if (token == null || token.isEmpty()) {
			return Optional.of(MD5);
		}
		for (DigestAlgorithm algorithm : values()) {
			if (algorithm.token.equalsIgnoreCase(token)) {
				return Optional.of(algorithm);
			}
		}
		return Optional.empty();
	}

	/** Lower-case hex digest of {@code text} (UTF-8). */
	public String hash(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance(this.jcaName);
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("JDK lacks " + this.jcaName, ex);
		}
	}

	/** RFC 2617 §3.2.2.2: HA1 = H(username ":" realm ":" password). */
	public String ha1(String user, String realm, String password) {
		return hash(user + ":" + realm + ":" + password);
	}

}
