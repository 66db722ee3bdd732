package org.switchboard.engine;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.WrapUpDone;

/**
 * What agents ask for (login, ready, not ready, logout, end of wrap-up) and what happens
 * to an agent when a contact lets go of them. Requests made while busy are remembered and
 * applied when the agent is free; requests the state machine cannot honour are logged and
 * ignored, since the desk may simply be a step behind.
 */
final class AgentDesk {

	private static final Logger log = LoggerFactory.getLogger(AgentDesk.class);

	/** Reason code on the way out when a busy agent asked to log out. */
	static final String LOGGING_OUT = "logging out";

	/** Reason code after manual wrap-up ran into its limit. */
	static final String WRAP_UP_LIMIT = "wrap-up limit";

	private final CenterState state;

	Matcher matcher;

	Admission admission;

	AgentDesk(CenterState state) {
		this.state = state;
	}

	void login(AgentEntry agent) {
		if (agent.agent.state() != AgentStateName.LOGGED_OUT || agent.retired) {
			log.debug("login of {} ignored in state {}", agent.id(), agent.agent.state());
			return;
		}
		this.state.move(agent, AgentStateName.NOT_READY, Agent.LOGGED_IN, null);
	}

	void ready(AgentEntry agent) {
		switch (agent.agent.state()) {
			case NOT_READY -> {
				this.state.move(agent, AgentStateName.READY, null, null);
				this.matcher.agentAvailable(agent);
			}
			case WRAP_UP -> {
				agent.agent.requestNotReady(null);
				wrapUpEnded(agent);
			}
			case RESERVED, ON_CALL, HOLD -> agent.agent.requestNotReady(null);
			default -> log.debug("ready of {} ignored in state {}", agent.id(), agent.agent.state());
		}
	}

	void notReady(AgentEntry agent, String reason) {
		String code = (reason != null && !reason.isBlank()) ? reason : "unspecified";
		switch (agent.agent.state()) {
			case READY, NOT_READY -> this.state.move(agent, AgentStateName.NOT_READY, code, null);
			case RESERVED, ON_CALL, HOLD, WRAP_UP -> agent.agent.requestNotReady(code);
			default -> log.debug("not-ready of {} ignored in state {}", agent.id(), agent.agent.state());
		}
	}

	void logout(AgentEntry agent) {
		switch (agent.agent.state()) {
			case READY, NOT_READY -> {
				this.state.move(agent, AgentStateName.LOGGED_OUT, null, null);
				loggedOut(agent);
			}
			case WRAP_UP -> {
				agent.agent.requestLogout();
				wrapUpEnded(agent);
			}
			case RESERVED, ON_CALL, HOLD -> agent.agent.requestLogout();
			default -> log.debug("logout of {} ignored: already logged out", agent.id());
		}
	}

	void wrapUpFinished(AgentEntry agent) {
		if (agent.agent.state() == AgentStateName.WRAP_UP) {
			wrapUpEnded(agent);
		}
		else {
			log.debug("wrap-up end of {} ignored in state {}", agent.id(), agent.agent.state());
		}
	}

	/**
	 * The agent's call in {@code queue} ended: after-call work if the queue has any,
	 * otherwise free.
	 */
	void afterCall(AgentEntry agent, Contact contact, QueueState queue) {
		agent.contact = null;
		int wrapUp = (queue != null) ? queue.config.wrapUpSeconds() : 0;
		if (queue != null) {
			double talk = (this.state.nowMillis - contact.answeredMillis) / 1000.0;
			queue.measuredHandle(talk + Math.max(0, wrapUp));
		}
		if (wrapUp == 0) {
			release(agent);
			return;
		}
		this.state.move(agent, AgentStateName.WRAP_UP, null, contact.id);
		agent.wrapUpContactId = contact.id;
		int limit = (wrapUp > 0) ? wrapUp : this.state.config.manualWrapUpLimitSeconds();
		agent.manualWrapUp = wrapUp < 0;
		agent.wrapUpTimer = this.state.timers.schedule(this.state.seconds(limit), Timers.Kind.WRAP_UP, null, agent);
	}

	/** Timed wrap-up is over; manual wrap-up hit its limit and ends in NOT_READY. */
	void wrapUpTimedOut(AgentEntry agent) {
		agent.wrapUpTimer = null;
		if (agent.manualWrapUp && agent.agent.pendingNotReady() == null) {
			log.info("agent {} stayed in manual wrap-up for the longest allowed time", agent.id());
			agent.agent.requestNotReady(WRAP_UP_LIMIT);
		}
		wrapUpEnded(agent);
	}

	void wrapUpEnded(AgentEntry agent) {
		agent.wrapUpTimer = this.state.timers.cancel(agent.wrapUpTimer);
		this.state.emit(new WrapUpDone(this.state.now, agent.wrapUpContactId, agent.id()));
		agent.wrapUpContactId = null;
		release(agent);
	}

	/**
	 * A contact let go of the agent (offer over, call over, wrap-up over): apply a
	 * pending logout or not-ready, otherwise READY and look for the next contact.
	 */
	void release(AgentEntry agent) {
		Agent state = agent.agent;
		if (state.pendingLogout() || agent.retired) {
			this.state.move(agent, AgentStateName.NOT_READY, LOGGING_OUT, null);
			applyPendingLogout(agent);
		}
		else if (state.pendingNotReady() != null) {
			this.state.move(agent, AgentStateName.NOT_READY, state.pendingNotReady(), null);
		}
		else {
			this.state.move(agent, AgentStateName.READY, null, null);
			this.matcher.agentAvailable(agent);
		}
	}

	/** A NOT_READY agent who asked to log out while busy is logged out now. */
	void applyPendingLogout(AgentEntry agent) {
		if ((agent.agent.pendingLogout() || agent.retired) && agent.agent.state() == AgentStateName.NOT_READY) {
			this.state.move(agent, AgentStateName.LOGGED_OUT, null, null);
			loggedOut(agent);
		}
	}

	/**
	 * Sticky callers held for the agent go back to everyone; empty queues may empty out.
	 */
	private void loggedOut(AgentEntry agent) {
		List<Contact> held = new ArrayList<>(agent.stickyWaiting);
		agent.stickyWaiting.clear();
		for (Contact contact : held) {
			if (contact.phase == Contact.Phase.STICKY) {
				contact.stickyTimer = this.state.timers.cancel(contact.stickyTimer);
				contact.stickyAgent = null;
				this.matcher.contactWaiting(contact);
			}
		}
		for (QueueState queue : agent.queues) {
			this.admission.checkEmpty(queue);
		}
	}

}
