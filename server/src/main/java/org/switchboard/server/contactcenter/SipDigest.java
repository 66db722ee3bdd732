package org.switchboard.server.contactcenter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * RFC 7616 §3.4.2 / RFC 2617 §3.2.2.2: {@code HA1 = H(username ":" realm ":" password)},
 * for MD5 and SHA-256. Storing HA1 lets the registrar check digest responses without ever
 * keeping the password.
 */
final class SipDigest {

	private SipDigest() {
	}

	static String ha1(String algorithm, String user, String realm, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance(algorithm);
			byte[] hash = digest.digest((user + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JDK lacks " + algorithm, ex);
		}
	}

}
