package org.switchboard.server.contactcenter;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Destination;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.ivr.IvrFlows;
import org.switchboard.engine.ivr.IvrReferences;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.UserAccount;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredAgent;
import org.switchboard.server.engine.CenterConfigSource;

import org.springframework.stereotype.Component;

/**
 * The engine's {@link CenterConfig} built from the stored configuration. An agent without
 * explicit {@code queues} is a member (penalty 0) of every queue whose required skills
 * they have at the required level.
 */
@Component
class StoredCenterConfig implements CenterConfigSource {

	private final ContactCenterRepository repository;

	private final AccountService accounts;

	private final ZoneId zone;

	StoredCenterConfig(ContactCenterRepository repository, AccountService accounts,
			ContactCenterProperties properties) {
		this.repository = repository;
		this.accounts = accounts;
		this.zone = properties.timeZone();
	}

	ZoneId zone() {
		return this.zone;
	}

	@Override
	public CenterConfig load() {
		CenterConfig.Builder builder = CenterConfig.builder().timeZone(this.zone);
		List<QueueConfig> queues = this.repository.definitions(Kind.QUEUE)
			.values()
			.stream()
			.map(Definitions::queue)
			.toList();
		queues.forEach(builder::queue);
		Map<String, Map<String, Object>> calendars = this.repository.definitions(Kind.CALENDAR);
		calendars.forEach((name, definition) -> builder.calendar(name, Definitions.calendar(definition, this.zone)));
		Map<String, String> names = new HashMap<>();
		this.accounts.listUsers().forEach((user) -> names.put(user.jobNumber(), user.displayName()));
		List<StoredAgent> agents = this.repository.listAgents();
		for (StoredAgent agent : agents) {
			builder.agent(new CenterConfig.AgentConfig(agent.jobNumber(), names.get(agent.jobNumber()), agent.skills(),
					memberships(agent, queues), agent.maxRingMisses()));
		}
		IvrReferences known = new IvrReferences(names(queues), calendars.keySet(),
				Set.copyOf(agents.stream().map(StoredAgent::jobNumber).toList()));
		this.repository.definitions(Kind.IVR)
			.forEach((name, definition) -> builder.ivr(IvrFlows.load(name, definition, known)));
		this.repository.listRoutes()
			.forEach((route) -> builder.route(new CenterConfig.InboundRoute(route.number(),
					Destination.parse(route.destination()), route.calendar(),
					(route.closedDestination() != null) ? Destination.parse(route.closedDestination()) : null)));
		builder.blacklist(BlacklistConfigSection.merge(this.repository.definitions(Kind.BLACKLIST).values()));
		return builder.build();
	}

	/** The user's display name of each agent, by job number. */
	Map<String, String> agentNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (UserAccount user : this.accounts.listUsers()) {
			names.put(user.jobNumber(), user.displayName());
		}
		return names;
	}

	static Map<String, Integer> memberships(StoredAgent agent, List<QueueConfig> queues) {
		if (agent.queues() != null) {
			return agent.queues();
		}
		Map<String, Integer> members = new LinkedHashMap<>();
		for (QueueConfig queue : queues) {
			boolean qualified = queue.requiredSkills()
				.entrySet()
				.stream()
				.allMatch((required) -> agent.skills().getOrDefault(required.getKey(), 0) >= required.getValue());
			if (qualified) {
				members.put(queue.name(), 0);
			}
		}
		return members;
	}

	private static Set<String> names(List<QueueConfig> queues) {
		return Set.copyOf(queues.stream().map(QueueConfig::name).toList());
	}

}
