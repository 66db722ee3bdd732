package org.switchboard.server.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.journal.JournalRecovery;
import org.switchboard.server.journal.RecoveredState;
import org.switchboard.server.journal.RecoveredState.AgentState;

/**
 * Turns the journal's recovered state into the inputs that bring a fresh engine's agents
 * back: each agent logged in before the restart logs in again and goes READY if they were
 * READY, otherwise NOT_READY with their reason. An agent who was on a call is made
 * NOT_READY ({@value #AFTER_RESTART}): the call did not survive the restart.
 * <p>
 * First, every agent with calls today gets their "today" counters back
 * ({@link Input.RestoreAgentDay}: calls and talk time, which fewest-calls and
 * least-talk-time routing read), so the day's figures carry on instead of restarting from
 * zero.
 */
public final class AgentRestore implements Supplier<List<Input>> {

	/** Not-ready reason of an agent whose call was cut by a restart. */
	public static final String AFTER_RESTART = "after restart";

	private static final Logger log = LoggerFactory.getLogger(AgentRestore.class);

	private final JournalRecovery recovery;

	private final Clock clock;

	private final Supplier<ZoneId> zone;

	private volatile RecoveredState recovered;

	public AgentRestore(JournalRecovery recovery, Clock clock, Supplier<ZoneId> zone) {
		this.recovery = recovery;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public List<Input> get() {
		RecoveredState state = this.recovery.recover(this.clock.instant(), this.zone.get());
		this.recovered = state;
		log.info("Restored from the journal: {} agents logged in, today's counters by agent {}, by queue {}",
				state.agents().size(), state.agentDays(), state.queues());
		return inputs(state);
	}

	/** What the journal held at the last start, or null before the engine started. */
	public RecoveredState recovered() {
		return this.recovered;
	}

	/** The inputs that bring a fresh engine's agents back to {@code state}. */
	public static List<Input> inputs(RecoveredState state) {
		List<Input> inputs = new ArrayList<>();
		new TreeMap<>(state.agentDays()).forEach(
				(agent, day) -> inputs.add(new Input.RestoreAgentDay(agent, state.day(), day.calls(), day.talkTime())));
		Map<String, AgentState> sorted = new TreeMap<>(state.agents());
		sorted.forEach((agent, last) -> {
			inputs.add(new Input.AgentLogin(agent));
			if (last.state() == AgentStateName.READY) {
				inputs.add(new Input.AgentReady(agent));
			}
			else if (last.state() == AgentStateName.NOT_READY) {
				if (last.reason() != null) {
					inputs.add(new Input.AgentNotReady(agent, last.reason()));
				}
			}
			else {
				inputs.add(new Input.AgentNotReady(agent, AFTER_RESTART));
			}
		});
		return inputs;
	}

}
