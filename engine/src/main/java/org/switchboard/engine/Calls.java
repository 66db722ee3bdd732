package org.switchboard.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.AbandonPoint;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactHeld;
import org.switchboard.engine.journal.ContactEvent.ContactRetrieved;
import org.switchboard.engine.journal.ContactEvent.ContactTransferred;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;

/**
 * What happens to a contact's legs: hang-ups on either side, hold, retrieve, transfer,
 * and reconciliation against the legs the adapter still has.
 */
final class Calls {

	private static final Logger log = LoggerFactory.getLogger(Calls.class);

	private final CenterState state;

	Admission admission;

	Matcher matcher;

	AgentDesk desk;

	IvrRunner ivr;

	Calls(CenterState state) {
		this.state = state;
	}

	/** The caller's leg is gone: an abandon before answer, the end of the call after. */
	void callerHungUp(Contact contact) {
		switch (contact.phase) {
			case IVR -> abandon(contact, null, AbandonPoint.IVR);
			case QUEUED, STICKY -> abandon(contact, contact.queueName(), AbandonPoint.QUEUE);
			case RINGING -> {
				List<AgentEntry> released = this.matcher.cancelOffers(contact);
				abandon(contact, contact.queueName(), AbandonPoint.RINGING);
				released.forEach(this.desk::release);
			}
			case TALKING, HELD -> {
				this.state.act(new Action.Disconnect(contact.id, "caller hung up"));
				endCall(contact, EndedBy.CALLER);
			}
			default -> this.admission.finish(contact, EndedBy.CALLER);
		}
	}

	private void abandon(Contact contact, String queue, AbandonPoint where) {
		this.admission.leaveQueue(contact);
		this.state.emit(new ContactAbandoned(this.state.now, contact.id, queue, where));
		this.admission.finish(contact, EndedBy.CALLER);
	}

	/**
	 * The agent's leg is gone: a rejected offer while ringing, the end of the call after.
	 */
	void agentHungUp(Contact contact, AgentEntry agent) {
		if (contact.phase == Phase.RINGING) {
			this.matcher.offerFailed(contact, agent, OfferFailure.REJECTED, false);
		}
		else if (contact.agent == agent && (contact.phase == Phase.TALKING || contact.phase == Phase.HELD)) {
			this.state.act(new Action.Disconnect(contact.id, "agent hung up"));
			endCall(contact, EndedBy.AGENT);
		}
		else {
			log.debug("agent {} hang-up for {} ignored ({})", agent.id(), contact.id, contact.phase);
		}
	}

	private void endCall(Contact contact, EndedBy endedBy) {
		AgentEntry agent = contact.agent;
		contact.agent = null;
		this.admission.finish(contact, endedBy);
		if (agent != null) {
			this.desk.afterCall(agent, contact, contact.queue);
		}
	}

	void hold(Contact contact, AgentEntry agent) {
		if (contact.agent != agent || contact.phase != Phase.TALKING) {
			log.debug("hold of {} by {} ignored ({})", contact.id, agent.id(), contact.phase);
			return;
		}
		contact.phase = Phase.HELD;
		this.state.move(agent, AgentStateName.HOLD, null, contact.id);
		this.state.emit(new ContactHeld(this.state.now, contact.id, agent.id()));
	}

	void retrieve(Contact contact, AgentEntry agent) {
		if (contact.agent != agent || contact.phase != Phase.HELD) {
			log.debug("retrieve of {} by {} ignored ({})", contact.id, agent.id(), contact.phase);
			return;
		}
		contact.phase = Phase.TALKING;
		this.state.move(agent, AgentStateName.ON_CALL, null, contact.id);
		this.state.emit(new ContactRetrieved(this.state.now, contact.id, agent.id()));
	}

	/** The agent hands the contact on; the agent's part of the call ends here. */
	void transfer(Contact contact, AgentEntry agent, String target) {
		if (contact.agent != agent || (contact.phase != Phase.TALKING && contact.phase != Phase.HELD)) {
			log.debug("transfer of {} by {} ignored ({})", contact.id, agent.id(), contact.phase);
			return;
		}
		Destination destination;
		try {
			destination = Destination.parse(target);
		}
		catch (IllegalArgumentException ex) {
			log.warn("transfer of {} by {} refused: {}", contact.id, agent.id(), ex.getMessage());
			return;
		}
		if (destination.kind() == Destination.Kind.QUEUE && !this.state.queues.containsKey(destination.target())
				|| destination.kind() == Destination.Kind.RELAX_SKILLS) {
			log.warn("transfer of {} by {} refused: no such target {}", contact.id, agent.id(), target);
			return;
		}
		this.state.emit(new ContactTransferred(this.state.now, contact.id, agent.id(), destination.toString()));
		QueueState from = contact.queue;
		contact.agent = null;
		contact.phase = Phase.NEW;
		contact.queue = null;
		contact.hops = 0;
		contact.seq = 0;
		this.admission.sendTo(contact, destination);
		this.desk.afterCall(agent, contact, from);
	}

	void playbackFinished(Contact contact, Input input) {
		if (contact.phase == Phase.IVR) {
			this.ivr.input(contact, input);
		}
		else if (contact.phase == Phase.MESSAGE) {
			this.state.act(new Action.Disconnect(contact.id, "message played"));
			this.admission.finish(contact, EndedBy.SYSTEM);
		}
	}

	/**
	 * The adapter lists the contacts that still have legs; every other contact is ended
	 * by the system and its agents freed, so no state can outlive its call. An agent
	 * still engaged without a live contact is reported and made NOT_READY.
	 */
	void reconcile(Set<String> present) {
		for (Contact contact : new ArrayList<>(this.state.contacts.values())) {
			if (present.contains(contact.id)) {
				continue;
			}
			log.warn("contact {} has no legs left ({}); ending it", contact.id, contact.phase);
			switch (contact.phase) {
				case RINGING -> {
					List<AgentEntry> released = this.matcher.cancelOffers(contact);
					this.admission.finish(contact, EndedBy.SYSTEM);
					released.forEach(this.desk::release);
				}
				case TALKING, HELD -> endCall(contact, EndedBy.SYSTEM);
				default -> this.admission.finish(contact, EndedBy.SYSTEM);
			}
		}
		for (AgentEntry agent : this.state.agents.values()) {
			boolean engaged = agent.agent.state() == AgentStateName.RESERVED
					|| agent.agent.state() == AgentStateName.ON_CALL || agent.agent.state() == AgentStateName.HOLD;
			if (engaged && (agent.contact == null || !this.state.contacts.containsKey(agent.contact.id))) {
				this.state.violation("agent-engaged-with-live-contact", "agent " + agent.id() + " is "
						+ agent.agent.state() + " for contact " + agent.agent.contactId() + " which has no legs");
				agent.contact = null;
				this.state.move(agent, AgentStateName.NOT_READY, "reconciled", null);
			}
		}
	}

}
