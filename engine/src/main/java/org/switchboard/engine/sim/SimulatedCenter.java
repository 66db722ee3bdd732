package org.switchboard.engine.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;

/**
 * The part of the engine the simulator drives: inputs in, actions out, timers polled.
 * {@link EngineCenter} is the production implementation around the real engine.
 */
interface SimulatedCenter {

	List<Action> handle(Input input, Instant now);

	List<Action> tick(Instant now);

	Optional<Instant> nextDeadline();

}
