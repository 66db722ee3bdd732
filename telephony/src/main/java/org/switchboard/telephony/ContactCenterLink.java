package org.switchboard.telephony;

import org.switchboard.engine.Input;

/**
 * Port the server implements: hands telephony's inputs to the engine's single-writer
 * loop. Must not block and must not call back into telephony on the caller's thread.
 */
@FunctionalInterface
public interface ContactCenterLink {

	void submit(Input input);

}
