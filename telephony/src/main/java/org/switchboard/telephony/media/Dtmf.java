package org.switchboard.telephony.media;

/**
 * DTMF digits carried as RFC 4733 named telephone events (§3.2: events 0–9 are the
 * digits, 10 is *, 11 is #, 12–15 are A–D) and as SIP INFO bodies.
 */
public final class Dtmf {

	private static final String EVENTS = "0123456789*#ABCD";

	private Dtmf() {
	}

	/** The digit of an RFC 4733 event code, or 0 when the code is not a DTMF event. */
	public static char digitOf(int event) {
		return (event >= 0 && event < EVENTS.length()) ? EVENTS.charAt(event) : 0;
	}

	public static int eventOf(char digit) {
		return EVENTS.indexOf(Character.toUpperCase(digit));
	}

	/**
	 * The digit of a SIP INFO body: {@code application/dtmf-relay} ({@code Signal=5}) or
	 * {@code application/dtmf} (just {@code 5}); 0 if none.
	 */
	public static char digitOfInfo(String body) {
		if (body == null) {
			return 0;
		}
		for (String line : body.split("\r?\n")) {
			String trimmed = line.trim();
			if (trimmed.regionMatches(true, 0, "Signal", 0, 6)) {
				String value = trimmed.substring(trimmed.indexOf('=') + 1).trim();
				return value.isEmpty() ? 0 : valid(value.charAt(0));
			}
		}
		String trimmed = body.trim();
		return (trimmed.length() == 1) ? valid(trimmed.charAt(0)) : 0;
	}

	private static char valid(char c) {
		return (eventOf(c) >= 0) ? Character.toUpperCase(c) : 0;
	}

}
