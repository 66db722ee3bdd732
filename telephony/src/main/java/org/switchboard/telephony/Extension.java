package org.switchboard.telephony;

import java.util.Map;
import java.util.Objects;

import org.switchboard.telephony.auth.DigestAlgorithm;

/**
 * A SIP extension as the registrar sees it: its number, display name, whether it may
 * register and call, and its HA1 hashes per digest algorithm (never the password).
 *
 * @param number the extension number, also the digest user name
 * @param displayName name shown to called parties
 * @param enabled false refuses registration and calls exactly as for an unknown user
 * @param ha1 HA1 = H(number ":" realm ":" password) per algorithm, lower-case hex; see
 * {@link DigestAlgorithm#ha1}
 */
public record Extension(String number, String displayName, boolean enabled, Map<DigestAlgorithm, String> ha1) {

	public Extension {
		Objects.requireNonNull(number, "number");
		ha1 = Map.copyOf(ha1);
	}

	/**
	 * An extension with HA1 hashes for every supported algorithm, computed from a
	 * password that is not kept.
	 */
	public static Extension withPassword(String number, String displayName, String realm, String password) {
		Map<DigestAlgorithm, String> hashes = new java.util.EnumMap<>(DigestAlgorithm.class);
		for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
			hashes.put(algorithm, algorithm.ha1(number, realm, password));
		}
		return new Extension(number, displayName, true, hashes);
	}

}
