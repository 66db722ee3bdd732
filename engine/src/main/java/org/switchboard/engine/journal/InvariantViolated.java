package org.switchboard.engine.journal;

import java.time.Instant;

/**
 * The engine found its own state inconsistent (e.g. an agent in two calls). Reported,
 * never silently fixed, so that operators see it and tests can fail on it.
 */
public record InvariantViolated(Instant at, String invariant, String detail) implements EngineEvent {

	@Override
	public String type() {
		return "INVARIANT_VIOLATED";
	}

}
