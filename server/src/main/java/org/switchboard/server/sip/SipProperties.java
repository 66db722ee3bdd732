package org.switchboard.server.sip;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SIP side of the built-in PBX, bound from {@code switchboard.sip.*} (environment
 * variables {@code SWITCHBOARD_SIP_PORT} and so on).
 *
 * @param enabled whether the server starts SIP at all; default true (tests that need no
 * telephony switch it off)
 * @param host address SIP (UDP and TCP) and RTP listen on; default {@code 0.0.0.0}, every
 * interface, because phones on the LAN must reach a fresh install; tests bind
 * {@code 127.0.0.1}
 * @param port SIP port for UDP and TCP; default 5060
 * @param advertisedHost address written into Via, Contact and SDP when phones reach the
 * server through NAT; default none: the bind address, or, when bound to every interface,
 * an interface's own IPv4 address (private first, never loopback)
 * @param realm digest realm; extension passwords are stored as HA1 hashes over it, so
 * changing it needs a re-import of the passwords; default {@code switchboard}
 * @param digestAlgorithms digest challenges offered, most preferred first ({@code MD5},
 * {@code SHA-256}); default {@code MD5} alone because baresip 1.0 and SIPp give up when a
 * challenge set contains SHA-256; {@code SHA-256,MD5} where every phone supports it
 * @param ban brute-force protection of the registrar
 * @param allowUnauthenticatedInbound whether INVITEs without credentials may reach the
 * inbound routes (public numbers, as from a carrier); they never reach anything else;
 * default true
 * @param ringTimeout agent ring time when the queue gives none; default 20 s
 * @param promptLanguage language of built-in prompts the flow names without one
 * ({@code zh} or {@code en}); default {@code zh}
 */
@ConfigurationProperties("switchboard.sip")
public record SipProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0.0.0.0") String host,
		@DefaultValue("5060") int port, String advertisedHost, @DefaultValue("switchboard") String realm,
		@DefaultValue("MD5") List<String> digestAlgorithms, @DefaultValue Ban ban,
		@DefaultValue("true") boolean allowUnauthenticatedInbound, @DefaultValue("20s") Duration ringTimeout,
		@DefaultValue("zh") String promptLanguage) {

	/**
	 * Failed authentications from one source address within {@code window} that reach
	 * {@code threshold} make the server ignore that source for {@code duration} (an audit
	 * event {@code SIP_SOURCE_BANNED} records it).
	 *
	 * @param threshold failed authentications (count); default 5
	 * @param window window the failures are counted in; default 60 s
	 * @param duration how long a banned source gets no answer at all; default 15 min
	 */
	public record Ban(@DefaultValue("5") int threshold, @DefaultValue("60s") Duration window,
			@DefaultValue("15m") Duration duration) {
	}

}
