package org.switchboard.server.sip;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.SwitchboardProperties;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.ContactCenterLink;
import org.switchboard.telephony.ExtensionDirectory;
import org.switchboard.telephony.InboundRoutes;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;
import org.switchboard.telephony.auth.DigestAlgorithm;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the built-in PBX unless {@code switchboard.sip.enabled=false}, with the server's
 * implementations of telephony's ports.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SipProperties.class, RtpProperties.class })
@ConditionalOnBooleanProperty(name = "switchboard.sip.enabled", matchIfMissing = true)
class SipConfiguration {

	/** How often the engine is told which calls still have a caller leg. */
	static final Duration RECONCILE_EVERY = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(SipConfiguration.class);

	@Bean
	SipServer sipServer(SipProperties sip, RtpProperties rtp, SwitchboardProperties switchboard,
			ExtensionDirectory extensions, InboundRoutes routes, AgentBinding agents, ContactCenterLink engine,
			ObjectProvider<RecordingStore> recordings, JdbcRegistrationStore registrations, AuditLog audit,
			Clock clock) {
		LegReconciler link = new LegReconciler(engine);
		Telephony.Ports ports = new Telephony.Ports(extensions, routes, agents, link,
				recordings.getIfAvailable(() -> SipConfiguration::logRecording), new AuditSecurityEvents(audit),
				registrations);
		return new SipServer(settings(sip, rtp, switchboard), ports, link, clock, RECONCILE_EVERY);
	}

	/** Closed after the SIP server (which uses it), so its last changes are written. */
	@Bean(destroyMethod = "close")
	JdbcRegistrationStore registrationStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		return new JdbcRegistrationStore(jdbc, transactions, clock);
	}

	@Bean
	SipMeters sipMeters(SipServer sipServer) {
		return new SipMeters(sipServer);
	}

	static SipSettings settings(SipProperties sip, RtpProperties rtp, SwitchboardProperties switchboard) {
		return new SipSettings(sip.host(), sip.port(), AdvertisedAddress.choose(sip.host(), sip.advertisedHost()),
				sip.realm(), rtp.portMin(), rtp.portMax(), sip.ban().threshold(), sip.ban().window(),
				sip.ban().duration(), sip.allowUnauthenticatedInbound(), sip.ringTimeout(), switchboard.dataDir(),
				sip.promptLanguage(), sip.digestAlgorithms().stream().map(SipConfiguration::algorithm).toList(),
				rtp.ioThreads(), rtp.recordingSyncInterval());
	}

	static DigestAlgorithm algorithm(String token) {
		return Arrays.stream(DigestAlgorithm.values())
			.filter((algorithm) -> algorithm.token().equalsIgnoreCase(token.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"switchboard.sip.digest-algorithms: unknown algorithm '" + token + "'; use "
							+ List.of(DigestAlgorithm.values()).stream().map(DigestAlgorithm::token).toList()));
	}

	private static void logRecording(RecordingStore.Recording recording) {
		log.info("Contact {}: recording {} ({} bytes, {}, SHA-256 {}) not indexed: no recording store",
				recording.contactId(), recording.file(), recording.sizeBytes(), recording.duration(),
				recording.sha256());
	}

}
