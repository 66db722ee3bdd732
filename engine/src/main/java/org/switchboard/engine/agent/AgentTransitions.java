package org.switchboard.engine.agent;

import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.HOLD;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.LOGGED_OUT;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.NOT_READY;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.ON_CALL;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.READY;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.RESERVED;
import static org.switchboard.engine.journal.AgentStateChanged.AgentStateName.WRAP_UP;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * The agent state machine's edges: LOGGED_OUT → NOT_READY ⇄ READY → RESERVED → ON_CALL ⇄
 * HOLD → WRAP_UP → READY / NOT_READY, plus the ways back when an offer fails or a call
 * ends without wrap-up. NOT_READY → NOT_READY changes the reason.
 */
public final class AgentTransitions {

	private static final Map<AgentStateName, Set<AgentStateName>> ALLOWED = new EnumMap<>(AgentStateName.class);

	static {
		ALLOWED.put(LOGGED_OUT, EnumSet.of(NOT_READY));
		ALLOWED.put(NOT_READY, EnumSet.of(NOT_READY, READY, LOGGED_OUT));
		ALLOWED.put(READY, EnumSet.of(NOT_READY, RESERVED, LOGGED_OUT));
		ALLOWED.put(RESERVED, EnumSet.of(ON_CALL, READY, NOT_READY));
		ALLOWED.put(ON_CALL, EnumSet.of(HOLD, WRAP_UP, READY, NOT_READY));
		ALLOWED.put(HOLD, EnumSet.of(ON_CALL, WRAP_UP, READY, NOT_READY));
		ALLOWED.put(WRAP_UP, EnumSet.of(READY, NOT_READY));
	}

	private AgentTransitions() {
	}

	/** Whether an agent may move from {@code from} to {@code to}. */
	public static boolean allowed(AgentStateName from, AgentStateName to) {
		return ALLOWED.get(from).contains(to);
	}

	/** Whether the agent is handling a contact (offered, talking or holding). */
	public static boolean engaged(AgentStateName state) {
		return state == RESERVED || state == ON_CALL || state == HOLD;
	}

}
