package org.switchboard.engine.ivr;

import java.time.Instant;

/**
 * What an IVR session needs to know from the rest of the engine. Business calendars live
 * in another package; the engine implements this port so that the IVR does not depend on
 * them.
 */
@FunctionalInterface
public interface IvrContext {

	/** A context where every calendar is open, for flows that use none. */
	IvrContext ALWAYS_OPEN = (calendar, now) -> true;

	/**
	 * Whether the business calendar called {@code calendar} is open at {@code now}. An
	 * implementation decides what an unknown calendar means (closed is the safe answer).
	 */
	boolean isOpen(String calendar, Instant now);

}
