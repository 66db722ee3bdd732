package org.switchboard.engine.journal;

import java.time.Instant;

/**
 * A fact the engine recorded: the journal's unit. Every KPI is computed from these events
 * alone, so each one carries the injected clock's timestamp and enough identity (contact,
 * queue, agent) to trace a report figure back to the calls behind it.
 */
public sealed interface EngineEvent permits ContactEvent, AgentStateChanged, InvariantViolated {

	/** When the fact happened, by the engine's injected clock. */
	Instant at();

	/** A short stable name for storage and logs, e.g. {@code CONTACT_ANSWERED}. */
	String type();

}
