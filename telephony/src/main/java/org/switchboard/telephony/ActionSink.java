package org.switchboard.telephony;

import org.switchboard.engine.Action;

/** Carries out the engine's actions; telephony implements it for SIP and RTP. */
@FunctionalInterface
public interface ActionSink {

	void execute(Action action);

}
