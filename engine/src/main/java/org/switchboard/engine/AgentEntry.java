package org.switchboard.engine;

import java.util.ArrayDeque;
import java.util.List;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.routing.Member;

/** The engine's bookkeeping around one {@link Agent}: memberships, contact, timers. */
final class AgentEntry {

	final Agent agent;

	AgentConfig config;

	List<Member> members = List.of();

	/** The contact offered to, or connected with, this agent. */
	Contact contact;

	/** The contact whose after-call work is under way. */
	String wrapUpContactId;

	Timers.Timer wrapUpTimer;

	/** Whether the running wrap-up lasts until the agent says ready. */
	boolean manualWrapUp;

	/** Sticky callers held for this agent, oldest first. */
	final ArrayDeque<Contact> stickyWaiting = new ArrayDeque<>(0);

	/** The queue of each member, in the same order: no map lookup on the hot path. */
	QueueState[] queues = new QueueState[0];

	/** Whether the agent was removed by a reconfiguration and logs out once free. */
	boolean retired;

	AgentEntry(AgentConfig config) {
		this.agent = new Agent(config.id());
		this.config = config;
	}

	void memberships(List<Member> members, QueueState[] queues) {
		this.members = members;
		this.queues = queues;
	}

	void leaveReadyPools() {
		for (int i = 0; i < this.queues.length; i++) {
			this.queues[i].removeReady(this.members.get(i));
		}
	}

	void joinReadyPools() {
		for (int i = 0; i < this.queues.length; i++) {
			this.queues[i].addReady(this.members.get(i));
		}
	}

	String id() {
		return this.agent.id();
	}

	Member memberOf(String queue) {
		for (Member member : this.members) {
			if (member.queue().equals(queue)) {
				return member;
			}
		}
		return null;
	}

}
