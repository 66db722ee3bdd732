package org.switchboard.telephony.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: the issue time and an HMAC over it with a per-process secret,
 * so any nonce this process issued can be checked without remembering it, and a nonce
 * older than its lifetime is reported stale (RFC 2617 §3.2.1 {@code stale=true}).
 */
public final class NonceService {

	private final Clock clock;

	private final Duration lifetime;

	private final byte[] secret = new byte[32];

	public NonceService(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
		new SecureRandom().nextBytes(this.secret);
	}

	public String issue() {
		String time = Long.toString(this.clock.millis(), 36);
		return time + "." + mac(time);
	}

	/** Whether this process issued the nonce, regardless of its age. */
	public boolean isGenuine(String nonce) {
		int dot = (nonce != null) ? nonce.indexOf('.') : -1;
		if (dot <= 0) {
			return false;
		}
		String time = nonce.substring(0, dot);
		return java.security.MessageDigest.isEqual(mac(time).getBytes(StandardCharsets.US_ASCII),
				nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
	}

	/** Whether a genuine nonce has outlived its lifetime. */
	public boolean isStale(String nonce) {
		try {
			long issued = Long.parseLong(nonce.substring(0, nonce.indexOf('.')), 36);
			return this.clock.millis() - issued > this.lifetime.toMillis();
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] tag = mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(tag).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("JDK lacks HmacSHA256", ex);
		}
	}

}
