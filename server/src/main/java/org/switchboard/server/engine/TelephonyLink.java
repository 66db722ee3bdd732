package org.switchboard.server.engine;

import java.util.List;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.ContactCenterLink;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Joins telephony to the hosted engine: telephony's inputs go to
 * {@link EngineHost#submit} and the engine's actions to every telephony action sink
 * present (none until the SIP stack runs inside the server).
 */
@Component
class TelephonyLink implements ContactCenterLink, ActionSink {

	private final ObjectProvider<EngineHost> engine;

	private final ObjectProvider<org.switchboard.telephony.ActionSink> telephony;

	TelephonyLink(ObjectProvider<EngineHost> engine, ObjectProvider<org.switchboard.telephony.ActionSink> telephony) {
		this.engine = engine;
		this.telephony = telephony;
	}

	@Override
	public void submit(Input input) {
		this.engine.getObject().submit(input);
	}

	@Override
	public void execute(List<Action> actions) {
		this.telephony.orderedStream().forEach((sink) -> actions.forEach(sink::execute));
	}

}
