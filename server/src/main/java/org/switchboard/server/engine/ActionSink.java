package org.switchboard.server.engine;

import java.util.List;

import org.switchboard.engine.Action;

/**
 * Receives the engine's actions (ring, play, bridge, hang up...), in order, on the engine
 * thread. Implementations (the telephony adapter) must hand the work off and return at
 * once: the engine waits while a sink runs.
 */
@FunctionalInterface
public interface ActionSink {

	void execute(List<Action> actions);

}
