package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredAgent;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredExtension;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredRoute;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.Extension;
import org.switchboard.telephony.ExtensionDirectory;
import org.switchboard.telephony.InboundRoutes;
import org.switchboard.telephony.auth.DigestAlgorithm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The telephony ports answered from the stored configuration: extensions with their HA1
 * digests for the registrar, which agent works at which extension (bound at login, see
 * {@link LoggedInExtensions}; the configured one by default), and where a dialled number
 * goes. A route with a calendar is resolved here at the time of the call (closed sends to
 * its {@code closedDestination}, or hangs up), because telephony hands the engine the
 * entry it gets from this port.
 */
@Component
class TelephonyDirectory implements ExtensionDirectory, AgentBinding, InboundRoutes, ConfiguredExtensions {

	private static final Logger log = LoggerFactory.getLogger(TelephonyDirectory.class);

	private final ContactCenterRepository repository;

	private final StoredCenterConfig center;

	private final Clock clock;

	private final String realm;

	private final LoggedInExtensions bindings;

	TelephonyDirectory(ContactCenterRepository repository, StoredCenterConfig center, Clock clock,
			@Value("${switchboard.sip.realm:switchboard}") String realm, LoggedInExtensions bindings) {
		this.repository = repository;
		this.bindings = bindings;
		this.center = center;
		this.clock = clock;
		this.realm = realm;
	}

	@Override
	public Optional<Extension> find(String number) {
		return this.repository.findExtension(number).map(this::extension);
	}

	private Extension extension(StoredExtension stored) {
		if (!stored.realm().equals(this.realm)) {
			log.warn("Extension {} was stored for realm '{}' but the realm is now '{}'; re-import its password",
					stored.number(), stored.realm(), this.realm);
		}
		Map<DigestAlgorithm, String> ha1 = new EnumMap<>(DigestAlgorithm.class);
		ha1.put(DigestAlgorithm.MD5, stored.ha1Md5());
		ha1.put(DigestAlgorithm.SHA_256, stored.ha1Sha256());
		String name = (stored.displayName() != null) ? stored.displayName()
				: agentAt(stored.number()).map((agent) -> this.center.agentNames().getOrDefault(agent, agent))
					.orElse(stored.number());
		return new Extension(stored.number(), name, stored.enabled(), ha1);
	}

	/**
	 * The agent logged in at {@code extension}, else the agent configured there unless
	 * they are logged in at another extension.
	 */
	@Override
	public Optional<String> agentAt(String extension) {
		Optional<String> bound = this.bindings.agentBoundAt(extension);
		if (bound.isPresent()) {
			return bound;
		}
		return configuredAgentAt(extension).filter((agent) -> this.bindings.extensionBoundTo(agent).isEmpty());
	}

	/**
	 * The extension {@code agentId} logged in at, else their configured one unless
	 * another agent is logged in there.
	 */
	@Override
	public Optional<String> extensionOf(String agentId) {
		Optional<String> bound = this.bindings.extensionBoundTo(agentId);
		if (bound.isPresent()) {
			return bound;
		}
		return configuredExtensionOf(agentId).filter((extension) -> this.bindings.agentBoundAt(extension).isEmpty());
	}

	@Override
	public Optional<String> configuredAgentAt(String extension) {
		return this.repository.listAgents()
			.stream()
			.filter((agent) -> extension.equals(agent.extension()))
			.map(StoredAgent::jobNumber)
			.findFirst();
	}

	@Override
	public Optional<String> configuredExtensionOf(String agentId) {
		return this.repository.findAgent(agentId).map(StoredAgent::extension);
	}

	@Override
	public List<String> extensionNumbers() {
		return this.repository.listExtensions().stream().map(StoredExtension::number).toList();
	}

	@Override
	public Optional<String> entryFor(String dialedNumber) {
		return this.repository.listRoutes()
			.stream()
			.filter((route) -> route.number().equals(dialedNumber))
			.findFirst()
			.map(this::entryNow);
	}

	private String entryNow(StoredRoute route) {
		if (route.calendar() == null) {
			return route.destination();
		}
		Map<String, Object> calendar = this.repository.definitions(Kind.CALENDAR).get(route.calendar());
		boolean open = calendar == null
				|| Definitions.calendar(calendar, this.center.zone()).isOpen(this.clock.instant());
		if (open) {
			return route.destination();
		}
		return (route.closedDestination() != null) ? route.closedDestination() : "hangup";
	}

}
