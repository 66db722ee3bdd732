package org.switchboard.server.engine;

import java.util.List;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.ContactCenterLink;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
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

	/**
	 * The sinks, resolved once every bean exists (null before): resolving beans for every
	 * action batch cost the engine thread measurably.
	 */
	private volatile List<org.switchboard.telephony.ActionSink> sinks;

	TelephonyLink(ObjectProvider<EngineHost> engine, ObjectProvider<org.switchboard.telephony.ActionSink> telephony) {
		this.engine = engine;
		this.telephony = telephony;
	}

	@Override
	public void submit(Input input) {
		this.engine.getObject().submit(input);
	}

	@EventListener(ContextRefreshedEvent.class)
	void resolveSinks() {
		this.sinks = this.telephony.orderedStream().toList();
	}

	@Override
	public void execute(List<Action> actions) {
		List<org.switchboard.telephony.ActionSink> resolved = this.sinks;
		if (resolved == null) {
			resolved = this.telephony.orderedStream().toList();
		}
		for (org.switchboard.telephony.ActionSink sink : resolved) {
			actions.forEach(sink::execute);
		}
	}

}
