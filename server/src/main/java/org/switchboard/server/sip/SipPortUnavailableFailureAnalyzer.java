package org.switchboard.server.sip;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains in one line that the SIP port is taken (another PBX, a second Switchboard) or
 * the address is not this host's, and which settings to change.
 */
public class SipPortUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SipPortUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SipPortUnavailableException cause) {
		return new FailureAnalysis(
				"SIP could not listen on " + cause.host() + ":" + cause.port() + " (UDP and TCP): " + reason(cause),
				"Stop the program using port " + cause.port() + " or set switchboard.sip.port (SWITCHBOARD_SIP_PORT)"
						+ " and switchboard.sip.host (SWITCHBOARD_SIP_HOST); set switchboard.sip.enabled=false to"
						+ " run without telephony.",
				cause);
	}

	private static String reason(Throwable failure) {
		Throwable deepest = failure;
		for (Throwable cause = failure.getCause(); cause != null && cause != deepest; cause = cause.getCause()) {
			deepest = cause;
		}
		String message = (deepest.getMessage() != null) ? deepest.getMessage().strip() : "";
		int newline = message.indexOf('\n');
		message = (newline >= 0) ? message.substring(0, newline) : message;
		return deepest.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
