package org.switchboard.server.sip;

import java.util.HashSet;
import java.util.Set;

import org.switchboard.engine.Input;
import org.switchboard.telephony.ContactCenterLink;

/**
 * Telephony's link to the engine, which also tells the engine now and then which calls
 * still have a caller leg ({@link Input.LegsPresent}), so a call whose end was lost does
 * not stay on an agent forever. A contact that arrives after the legs were counted but is
 * submitted before the count would be ended by mistake, so arrivals since the last count
 * are added to it, under the same lock as their submission.
 */
class LegReconciler implements ContactCenterLink {

	private final ContactCenterLink engine;

	private final Set<String> arrivedSinceLastCount = new HashSet<>();

	LegReconciler(ContactCenterLink engine) {
		this.engine = engine;
	}

	@Override
	public void submit(Input input) {
		if (input instanceof Input.ContactArrives arrives) {
			synchronized (this) {
				this.arrivedSinceLastCount.add(arrives.contactId());
				this.engine.submit(input);
			}
			return;
		}
		this.engine.submit(input);
	}

	/** Tells the engine that {@code live} (and the contacts that just arrived) are up. */
	synchronized void reconcile(Set<String> live) {
		Set<String> present = new HashSet<>(live);
		present.addAll(this.arrivedSinceLastCount);
		this.arrivedSinceLastCount.clear();
		this.engine.submit(new Input.LegsPresent(present));
	}

}
