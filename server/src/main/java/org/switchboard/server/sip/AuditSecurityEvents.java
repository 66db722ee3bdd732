package org.switchboard.server.sip;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.telephony.SecurityEvents;

/**
 * Telephony's {@link SecurityEvents} port: a ban goes to the audit log
 * ({@code SIP_SOURCE_BANNED}); single failed authentications only to the log, as a
 * scanner can send thousands of them before it is banned.
 */
class AuditSecurityEvents implements SecurityEvents {

	private static final Logger log = LoggerFactory.getLogger(AuditSecurityEvents.class);

	private final AuditLog audit;

	AuditSecurityEvents(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void authenticationFailed(String source, String user, String method) {
		log.info("SIP {} from {} failed authentication as '{}'", method, source, user);
	}

	@Override
	public void sourceBanned(String source, Instant until, int failures) {
		log.warn("SIP source {} banned until {} after {} failed authentications", source, until, failures);
		this.audit.recordEvent(null, "SIP_SOURCE_BANNED", source + " until " + until, hostOf(source));
	}

	/** The address part of {@code host:port} (or of a bare address). */
	static String hostOf(String source) {
		if (source == null) {
			return null;
		}
		if (source.startsWith("[")) {
			int close = source.indexOf(']');
			return (close > 0) ? source.substring(1, close) : source;
		}
		int colon = source.indexOf(':');
		return (colon > 0 && colon == source.lastIndexOf(':')) ? source.substring(0, colon) : source;
	}

}
