package org.switchboard.telephony.testphone;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adapts protocol fixtures so that the server's answers come back to the test. */
public final class Fixtures {

	/** Linear white space, including a folded line (RFC 3261 §25.1). */
	private static final String LWS = "(?:[ \\t]*\\r?\\n)?[ \\t]*";

	private static final Pattern FIRST_VIA = Pattern.compile("(?im)^(Via|v)" + LWS + ":" + LWS + "SIP" + LWS + "/" + LWS
			+ "(\\d+\\.\\d+)" + LWS + "/" + LWS + "(UDP|TCP|TLS)" + LWS + "[^;\\r\\n]+");

	private Fixtures() {
	}

	/**
	 * Points the first Via's sent-by at {@code 127.0.0.1:port}, keeping its parameters
	 * (branch etc.). Messages whose Via is unusual stay as they are.
	 */
	public static byte[] replyTo(byte[] message, int port) {
		String text = new String(message, StandardCharsets.ISO_8859_1);
		Matcher m = FIRST_VIA.matcher(text);
		if (!m.find()) {
			return message;
		}
		String rest = text.substring(m.end());
		// Transactions are matched by branch (RFC 3261 §17.2.3); several fixtures share
		// one.
		rest = rest.replaceFirst("(?i)(;[ \\t]*branch[ \\t]*=[ \\t]*[^;,\\s]+)", "$1-" + port);
		String replaced = text.substring(0, m.start()) + m.group(1) + ": SIP/" + m.group(2) + "/UDP 127.0.0.1:" + port
				+ rest;
		return replaced.getBytes(StandardCharsets.ISO_8859_1);
	}

}
