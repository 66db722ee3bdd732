package org.switchboard.server.sip;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.switchboard.engine.Input;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.SecurityEvents;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;
import org.switchboard.telephony.testphone.FreePorts;

/**
 * A {@link SipServer} outside Spring for lifecycle tests: free loopback ports, 800 routed
 * to {@code queue:general}, no extensions or agents, inputs handed to a consumer.
 */
final class StandaloneSipServer {

	private StandaloneSipServer() {
	}

	/** Settings on free loopback ports with 20 RTP ports under {@code dataDir}. */
	static SipSettings settings(Path dataDir) {
		int rtp = FreePorts.rtpRange(20);
		return SipSettings.defaults()
			.withBind("127.0.0.1", FreePorts.sipPort())
			.withRtpPorts(rtp, rtp + 19)
			.withDataDir(dataDir);
	}

	static SipServer of(SipSettings settings, Consumer<Input> inputs) {
		LegReconciler link = new LegReconciler(inputs::accept);
		Telephony.Ports ports = new Telephony.Ports((number) -> Optional.empty(),
				(number) -> number.equals("800") ? Optional.of("queue:general") : Optional.empty(), new AgentBinding() {
					@Override
					public Optional<String> agentAt(String extension) {
						return Optional.empty();
					}

					@Override
					public Optional<String> extensionOf(String agentId) {
						return Optional.empty();
					}
				}, link, (recording) -> {
				}, SecurityEvents.none());
		return new SipServer(settings, ports, link, Clock.systemUTC(), Duration.ofMinutes(1));
	}

}
