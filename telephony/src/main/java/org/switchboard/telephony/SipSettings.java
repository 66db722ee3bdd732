package org.switchboard.telephony;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.switchboard.telephony.auth.DigestAlgorithm;

/**
 * Settings of the SIP and RTP side of Switchboard. The server binds them from its
 * configuration; every field has a default in {@link #defaults()}.
 *
 * @param bindHost address the SIP and RTP sockets listen on (default {@code 0.0.0.0})
 * @param port SIP port for both UDP and TCP (default 5060)
 * @param advertisedHost address written into Via, Contact and SDP, for NAT; null means
 * {@code bindHost}
 * @param realm digest realm; HA1 hashes are computed over it (default
 * {@code switchboard})
 * @param rtpPortMin lowest RTP port, even (default 20000)
 * @param rtpPortMax highest RTP port (default 29999)
 * @param banThreshold failed authentications from one source that trigger a ban (default
 * 5)
 * @param banWindow window in which the failures are counted (default 60 s)
 * @param banDuration how long a banned source is ignored (default 15 min)
 * @param allowUnauthenticatedInbound whether INVITEs without credentials may reach
 * inbound routes (public numbers, as from a carrier); they never reach anything else
 * (default true)
 * @param defaultRingTimeout ring time of an agent leg when the engine gives none (default
 * 20 s)
 * @param dataDir directory holding {@code recordings/} and admins' {@code prompts/}
 * (default {@code ./data})
 * @param promptLanguage language of the built-in prompts played when a prompt names none
 * ({@code en} or {@code zh}; default {@code zh})
 * @param digestAlgorithms digest algorithms offered, one challenge each, in this order
 * (default MD5 then SHA-256: RFC 8760 clients take the first they support, and many
 * deployed phones, baresip 1.0 among them, fail on a SHA-256 challenge listed first; put
 * SHA-256 first where every phone supports it)
 * @param rtpIoThreads threads that read, relay and send every call's RTP, each running
 * one selector over its share of the RTP sockets (default 2; at least 1)
 * @param recordingSyncInterval how often an open recording is forced to disk
 * ({@code fsync}) while its call runs; zero forces only when the recording is finished
 * (default zero: a process crash loses at most about a second of audio either way, only a
 * power loss or kernel crash loses what was not yet forced)
 */
public record SipSettings(String bindHost, int port, String advertisedHost, String realm, int rtpPortMin,
		int rtpPortMax, int banThreshold, Duration banWindow, Duration banDuration, boolean allowUnauthenticatedInbound,
		Duration defaultRingTimeout, Path dataDir, String promptLanguage, List<DigestAlgorithm> digestAlgorithms,
		int rtpIoThreads, Duration recordingSyncInterval) {

	public SipSettings {
		Objects.requireNonNull(bindHost, "bindHost");
		Objects.requireNonNull(realm, "realm");
		Objects.requireNonNull(dataDir, "dataDir");
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("SIP port must be 1..65535, was " + port);
		}
		if (rtpPortMin < 1024 || rtpPortMax > 65535 || rtpPortMax - rtpPortMin < 3) {
			throw new IllegalArgumentException(
					"RTP port range must lie within 1024..65535 and hold at least 4 ports, was " + rtpPortMin + ".."
							+ rtpPortMax);
		}
		digestAlgorithms = List.copyOf(digestAlgorithms);
		if (digestAlgorithms.isEmpty()) {
			throw new IllegalArgumentException("offer at least one digest algorithm");
		}
		if (rtpIoThreads < 1) {
			throw new IllegalArgumentException("rtpIoThreads must be at least 1, was " + rtpIoThreads);
		}
		Objects.requireNonNull(recordingSyncInterval, "recordingSyncInterval");
		if (recordingSyncInterval.isNegative()) {
			throw new IllegalArgumentException("recordingSyncInterval must not be negative");
		}
		if (banThreshold < 1) {
			throw new IllegalArgumentException("banThreshold must be at least 1, was " + banThreshold);
		}
	}

	/** The defaults documented on each field. */
	public static SipSettings defaults() {
		return new SipSettings("0.0.0.0", 5060, null, "switchboard", 20000, 29999, 5, Duration.ofSeconds(60),
				Duration.ofMinutes(15), true, Duration.ofSeconds(20), Path.of("data"), "zh",
				List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5), 2, Duration.ZERO);
	}

	/** The address other parties should send SIP and RTP to. */
	public String publicHost() {
		return (this.advertisedHost != null) ? this.advertisedHost : this.bindHost;
	}

	public SipSettings withBind(String host, int port) {
		return new SipSettings(host, port, this.advertisedHost, this.realm, this.rtpPortMin, this.rtpPortMax,
				this.banThreshold, this.banWindow, this.banDuration, this.allowUnauthenticatedInbound,
				this.defaultRingTimeout, this.dataDir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withRtpPorts(int min, int max) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, min, max, this.banThreshold,
				this.banWindow, this.banDuration, this.allowUnauthenticatedInbound, this.defaultRingTimeout,
				this.dataDir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withBan(int threshold, Duration window, Duration duration) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, threshold, window, duration, this.allowUnauthenticatedInbound, this.defaultRingTimeout,
				this.dataDir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withDataDir(Path dir) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, this.banThreshold, this.banWindow, this.banDuration, this.allowUnauthenticatedInbound,
				this.defaultRingTimeout, dir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withDigestAlgorithms(List<DigestAlgorithm> algorithms) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, this.banThreshold, this.banWindow, this.banDuration, this.allowUnauthenticatedInbound,
				this.defaultRingTimeout, this.dataDir, this.promptLanguage, algorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withRtpIo(int threads, Duration syncInterval) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, this.banThreshold, this.banWindow, this.banDuration, this.allowUnauthenticatedInbound,
				this.defaultRingTimeout, this.dataDir, this.promptLanguage, this.digestAlgorithms, threads,
				syncInterval);
	}

	public SipSettings withDefaultRingTimeout(Duration timeout) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, this.banThreshold, this.banWindow, this.banDuration, this.allowUnauthenticatedInbound,
				timeout, this.dataDir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

	public SipSettings withAllowUnauthenticatedInbound(boolean allow) {
		return new SipSettings(this.bindHost, this.port, this.advertisedHost, this.realm, this.rtpPortMin,
				this.rtpPortMax, this.banThreshold, this.banWindow, this.banDuration, allow, this.defaultRingTimeout,
				this.dataDir, this.promptLanguage, this.digestAlgorithms, this.rtpIoThreads,
				this.recordingSyncInterval);
	}

}
