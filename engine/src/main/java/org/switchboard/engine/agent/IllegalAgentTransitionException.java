package org.switchboard.engine.agent;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/** An agent was asked to make a move its state machine does not allow. */
public class IllegalAgentTransitionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public IllegalAgentTransitionException(String agentId, AgentStateName from, AgentStateName to) {
		super("agent '" + agentId + "' cannot go from " + from + " to " + to);
	}

}
