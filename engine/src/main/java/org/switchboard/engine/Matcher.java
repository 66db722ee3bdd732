package org.switchboard.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.agent.IllegalAgentTransitionException;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactOffered;
import org.switchboard.engine.journal.ContactEvent.OfferFailed;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;
import org.switchboard.engine.routing.Member;
import org.switchboard.engine.routing.ReadyPool;
import org.switchboard.engine.routing.StickyStrategy;

/**
 * Brings contacts and agents together: a waiting contact looks up its queue's ready pool,
 * a freed agent looks at the heads of its queues. Both are index lookups, never scans.
 */
final class Matcher {

	private static final Logger log = LoggerFactory.getLogger(Matcher.class);

	private final CenterState state;

	Admission admission;

	AgentDesk desk;

	Matcher(CenterState state) {
		this.state = state;
	}

	/** Offers a queued contact to the strategy's pick, or leaves it waiting. */
	void contactWaiting(Contact contact) {
		QueueState queue = contact.queue;
		ReadyPool pool = queue.poolFor(contact);
		List<Member> chosen = pool.choose(contact.missedBy, this.state.random);
		if (chosen.isEmpty()) {
			contact.phase = Phase.QUEUED;
			queue.addWaiting(contact);
			return;
		}
		offer(contact, chosen, null);
	}

	/**
	 * A READY agent looks for work: a sticky caller held for them, else the best head.
	 */
	void agentAvailable(AgentEntry agent) {
		while (!agent.stickyWaiting.isEmpty()) {
			Contact held = agent.stickyWaiting.pollFirst();
			Member member = (held.phase == Phase.STICKY) ? agent.memberOf(held.queueName()) : null;
			if (member != null) {
				held.stickyTimer = this.state.timers.cancel(held.stickyTimer);
				held.stickyAgent = null;
				offer(held, List.of(member), ((StickyStrategy) held.queue.strategy).explainPreferred(member));
				return;
			}
		}
		Contact best = null;
		Member bestMember = null;
		for (int i = 0; i < agent.queues.length; i++) {
			Member member = agent.members.get(i);
			Contact head = agent.queues[i].headFor(member);
			if (head != null && (best == null || before(head, best))) {
				best = head;
				bestMember = member;
			}
		}
		if (best != null) {
			best.queue.removeWaiting(best);
			best.retryTimer = this.state.timers.cancel(best.retryTimer);
			offer(best, List.of(bestMember), "freed agent takes the longest-waiting contact it may serve");
			return;
		}
		agent.joinReadyPools();
	}

	private boolean before(Contact a, Contact b) {
		double pa = a.queue.effectivePriority(a, this.state.nowMillis);
		double pb = b.queue.effectivePriority(b, this.state.nowMillis);
		return (pa != pb) ? pa > pb : a.seq < b.seq;
	}

	/**
	 * Rings {@code chosen} (several only for ring-all); {@code why} overrides the
	 * strategy's reason.
	 */
	void offer(Contact contact, List<Member> chosen, String why) {
		QueueState queue = contact.queue;
		if (!contact.ringing.isEmpty() || (chosen.size() > 1 && !queue.strategy.ringsAll())) {
			this.state.violation("contact-offered-to-one-agent", "contact " + contact.id + " offered to " + chosen
					+ " while ringing " + contact.ringing.size() + " agents in queue " + queue.name());
		}
		contact.phase = Phase.RINGING;
		for (Member member : chosen) {
			AgentEntry agent = this.state.agents.get(member.agentId());
			if (!reserve(agent, contact)) {
				continue;
			}
			queue.strategy.offered(member);
			if (log.isDebugEnabled()) {
				log.debug("queue {} offers {} to {}: {}", queue.name(), contact.id, agent.id(),
						(why != null) ? why : queue.strategy.explain(member));
			}
			ring(contact, agent, queue.name(), queue.config.ringTimeoutSeconds());
		}
		afterRinging(contact, queue.config.ringTimeoutSeconds());
	}

	/** Rings the one agent of an {@code agent:ID} contact. */
	void offerDirect(Contact contact, AgentEntry agent) {
		contact.phase = Phase.RINGING;
		if (reserve(agent, contact)) {
			log.debug("direct contact {} offered to {}", contact.id, agent.id());
			ring(contact, agent, null, this.state.config.directRingTimeoutSeconds());
		}
		afterRinging(contact, this.state.config.directRingTimeoutSeconds());
	}

	private boolean reserve(AgentEntry agent, Contact contact) {
		try {
			this.state.move(agent, AgentStateName.RESERVED, null, contact.id);
			return true;
		}
		catch (IllegalAgentTransitionException ex) {
			this.state.violation("offered-agent-ready",
					"contact " + contact.id + " chosen for agent " + agent.id() + " in state " + agent.agent.state());
			// an agent who is not READY must not be chosen again, or this would loop
			agent.leaveReadyPools();
			return false;
		}
	}

	private void ring(Contact contact, AgentEntry agent, String queue, int ringTimeoutSeconds) {
		agent.contact = contact;
		contact.ringing.add(agent);
		this.state.emit(new ContactOffered(this.state.now, contact.id, queue, agent.id()));
		this.state.act(new Action.RingAgent(contact.id, agent.id(), Duration.ofSeconds(ringTimeoutSeconds)));
	}

	private void afterRinging(Contact contact, int ringTimeoutSeconds) {
		if (contact.ringing.isEmpty()) {
			this.admission.backFromOffer(contact);
			return;
		}
		int lease = ringTimeoutSeconds + this.state.config.leaseGraceSeconds();
		contact.ringLease = this.state.timers.schedule(this.state.seconds(lease), Timers.Kind.RING_LEASE, contact,
				null);
	}

	/** An agent answered: connect them, cancel any other rings. */
	void answered(Contact contact, AgentEntry agent) {
		if (contact.phase != Phase.RINGING || !contact.ringing.contains(agent)) {
			if (contact.agent == agent) {
				return;
			}
			this.state.violation("answer-follows-offer", "agent " + agent.id() + " answered contact " + contact.id
					+ " which was not ringing them (contact is " + contact.phase + ")");
			return;
		}
		if (agent.contact != contact) {
			this.state.violation("agent-in-one-call",
					"agent " + agent.id() + " answered " + contact.id + " while holding " + agent.contact);
			return;
		}
		contact.ringLease = this.state.timers.cancel(contact.ringLease);
		contact.maxWaitTimer = this.state.timers.cancel(contact.maxWaitTimer);
		contact.announceTimer = this.state.timers.cancel(contact.announceTimer);
		List<AgentEntry> losers = new ArrayList<>(contact.ringing);
		losers.remove(agent);
		contact.ringing.clear();
		this.state.move(agent, AgentStateName.ON_CALL, null, contact.id);
		contact.agent = agent;
		contact.phase = Phase.TALKING;
		contact.answeredMillis = this.state.nowMillis;
		this.state.emit(new ContactAnswered(this.state.now, contact.id, contact.queueName(), agent.id()));
		this.state.act(new Action.Bridge(contact.id, agent.id()));
		if (contact.queue != null && contact.queue.strategy instanceof StickyStrategy sticky) {
			sticky.served(contact.caller, agent.id(), this.state.nowMillis);
		}
		for (AgentEntry loser : losers) {
			this.state.act(new Action.CancelRing(contact.id, loser.id()));
			loser.contact = null;
			this.desk.release(loser);
		}
	}

	/**
	 * An offer ended without an answer. The agent counts a miss (not when the caller
	 * left) and after too many in a row goes NOT_READY; the contact goes back to its
	 * place at the head of the queue when no one else is still ringing.
	 */
	void offerFailed(Contact contact, AgentEntry agent, OfferFailure reason, boolean cancelRing) {
		if (!contact.ringing.remove(agent)) {
			log.debug("stale ring failure of {} for {} ignored", agent.id(), contact.id);
			return;
		}
		agent.contact = null;
		if (cancelRing) {
			this.state.act(new Action.CancelRing(contact.id, agent.id()));
		}
		this.state.emit(new OfferFailed(this.state.now, contact.id, contact.queueName(), agent.id(), reason));
		boolean missed = reason != OfferFailure.CALLER_LEFT;
		boolean tooManyMisses = false;
		if (missed) {
			contact.missedBy(agent.id());
			tooManyMisses = agent.agent.recordMiss() >= agent.config.maxRingMisses();
		}
		if (tooManyMisses) {
			log.info("agent {} missed {} offers in a row and is made not ready", agent.id(),
					agent.agent.consecutiveMisses());
			this.state.move(agent, AgentStateName.NOT_READY, Agent.NO_ANSWER, null);
		}
		if (contact.ringing.isEmpty() && contact.phase == Phase.RINGING) {
			contact.ringLease = this.state.timers.cancel(contact.ringLease);
			this.admission.backFromOffer(contact);
		}
		if (tooManyMisses) {
			this.desk.applyPendingLogout(agent);
		}
		else {
			this.desk.release(agent);
		}
	}

	/** The lease ran out: every ring still open is taken back. */
	void leaseExpired(Contact contact) {
		contact.ringLease = null;
		for (AgentEntry agent : new ArrayList<>(contact.ringing)) {
			offerFailed(contact, agent, OfferFailure.LEASE_EXPIRED, true);
		}
	}

	/**
	 * The contact stops ringing (the caller left, or the adapter lost it): every ring is
	 * cancelled without counting a miss. Returns the agents for the caller to release
	 * once the contact's own events are journalled.
	 */
	List<AgentEntry> cancelOffers(Contact contact) {
		contact.ringLease = this.state.timers.cancel(contact.ringLease);
		List<AgentEntry> ringing = new ArrayList<>(contact.ringing);
		contact.ringing.clear();
		for (AgentEntry agent : ringing) {
			agent.contact = null;
			this.state.act(new Action.CancelRing(contact.id, agent.id()));
			this.state.emit(new OfferFailed(this.state.now, contact.id, contact.queueName(), agent.id(),
					OfferFailure.CALLER_LEFT));
		}
		return ringing;
	}

}
