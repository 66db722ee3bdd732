package org.switchboard.engine.journal;

/**
 * Port receiving every engine event, in order. The server persists them; the simulator
 * and tests collect them in memory.
 */
@FunctionalInterface
public interface Journal {

	void append(EngineEvent event);

}
