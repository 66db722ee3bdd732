package org.switchboard.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.routing.Member;
import org.switchboard.engine.routing.RoutingStrategies;

/**
 * Lays a {@link CenterConfig} out as live state: queues with their strategies, agents
 * with their memberships, inbound routes by number; and on reconfiguration carries the
 * waiting contacts and logged-in agents over.
 */
final class CenterLayout {

	private final CenterState state;

	private final Admission admission;

	CenterLayout(CenterState state, Admission admission) {
		this.state = state;
		this.admission = admission;
	}

	/** Replaces the configuration; ready agents must already be out of the old pools. */
	void apply(CenterConfig config) {
		Map<String, QueueState> old = new HashMap<>(this.state.queues);
		this.state.config = config;
		this.state.queues.clear();
		build(config);
		retireRemovedAgents(config);
		moveContacts(old);
	}

	void build(CenterConfig config) {
		this.state.routes.clear();
		config.inboundRoutes().forEach((route) -> this.state.routes.put(route.number(), route));
		for (QueueConfig queueConfig : config.queues()) {
			QueueState queue = new QueueState(queueConfig,
					RoutingStrategies.create(queueConfig.strategy(), this.state.callers,
							Duration.ofDays(queueConfig.stickyDays()),
							Duration.ofSeconds(queueConfig.stickyWaitSeconds())));
			this.state.queues.put(queueConfig.name(), queue);
		}
		int position = 0;
		for (AgentConfig agentConfig : config.agents()) {
			AgentEntry entry = this.state.agents.computeIfAbsent(agentConfig.id(), (id) -> new AgentEntry(agentConfig));
			entry.config = agentConfig;
			entry.retired = false;
			members(entry, position++);
			if (entry.agent.loggedIn()) {
				this.state.staff(entry, 1);
			}
		}
	}

	private void members(AgentEntry entry, int position) {
		List<Member> members = new ArrayList<>();
		List<QueueState> queues = new ArrayList<>();
		entry.config.queues().forEach((name, penalty) -> {
			QueueState queue = this.state.queues.get(name);
			int score = 0;
			boolean qualified = true;
			for (Map.Entry<String, Integer> required : queue.config.requiredSkills().entrySet()) {
				int level = entry.config.skillLevel(required.getKey());
				score += level;
				qualified &= level >= required.getValue();
			}
			Member member = new Member(entry.agent, name, penalty, position, score, qualified);
			queue.addMember(member);
			members.add(member);
			queues.add(queue);
		});
		entry.memberships(List.copyOf(members), queues.toArray(new QueueState[0]));
	}

	private void retireRemovedAgents(CenterConfig config) {
		Set<String> kept = new HashSet<>();
		config.agents().forEach((agent) -> kept.add(agent.id()));
		for (AgentEntry entry : this.state.agents.values()) {
			if (kept.contains(entry.id())) {
				continue;
			}
			entry.retired = true;
			entry.memberships(List.of(), new QueueState[0]);
			AgentStateName current = entry.agent.state();
			if (current == AgentStateName.READY || current == AgentStateName.NOT_READY) {
				this.state.move(entry, AgentStateName.LOGGED_OUT, null, null);
			}
		}
	}

	private void moveContacts(Map<String, QueueState> old) {
		for (Contact contact : new ArrayList<>(this.state.contacts.values())) {
			if (contact.queue == null || old.get(contact.queue.name()) != contact.queue) {
				continue;
			}
			QueueState replacement = this.state.queues.get(contact.queue.name());
			boolean waiting = contact.phase == Phase.QUEUED;
			if (waiting) {
				contact.queue.removeWaiting(contact);
			}
			if (replacement == null) {
				if (waiting || contact.phase == Phase.STICKY) {
					this.admission.reject(contact, "queue " + contact.queue.name() + " was removed");
				}
				continue;
			}
			contact.queue = replacement;
			if (waiting) {
				contact.orderKey = replacement.orderKey(contact);
				replacement.addWaiting(contact);
			}
		}
	}

}
