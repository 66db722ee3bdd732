package org.switchboard.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.ivr.IvrSession;

/** One contact's routing state inside the engine. */
final class Contact {

	final String id;

	final String caller;

	final String dialed;

	final Map<String, String> attributes;

	Phase phase = Phase.NEW;

	/** Priority from VIP rules or the IVR; the queue's own priority is a floor. */
	int basePriority = Integer.MIN_VALUE;

	QueueState queue;

	int priority;

	/** Sort key in the queue (see {@link QueueState#orderKey}). */
	long orderKey;

	/** Arrival order across queues, fixed at the first queue join. */
	long seq;

	long firstQueuedMillis;

	long queuedMillis;

	long answeredMillis;

	boolean relaxed;

	boolean maxWaitDue;

	int hops;

	/** An {@code agent:ID} contact, rung at that agent only. */
	AgentEntry directAgent;

	final List<AgentEntry> ringing = new ArrayList<>(1);

	Set<String> missedBy = Set.of();

	AgentEntry agent;

	AgentEntry stickyAgent;

	IvrSession ivr;

	Timers.Timer ringLease;

	Timers.Timer maxWaitTimer;

	Timers.Timer stickyTimer;

	Timers.Timer retryTimer;

	Timers.Timer announceTimer;

	Contact(String id, String caller, String dialed, Map<String, String> attributes) {
		this.id = id;
		this.caller = caller;
		this.dialed = dialed;
		this.attributes = attributes;
	}

	void missedBy(String agentId) {
		if (this.missedBy.isEmpty()) {
			this.missedBy = new HashSet<>(2);
		}
		this.missedBy.add(agentId);
	}

	String queueName() {
		return (this.queue != null) ? this.queue.name() : null;
	}

	@Override
	public String toString() {
		return this.id + "[" + this.phase + "]";
	}

	/** Where the contact is. */
	enum Phase {

		NEW, IVR, QUEUED, STICKY, RINGING, TALKING, HELD, MESSAGE, ENDED

	}

}
