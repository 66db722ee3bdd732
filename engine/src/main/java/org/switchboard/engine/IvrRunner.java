package org.switchboard.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.ivr.IvrFlow;
import org.switchboard.engine.ivr.IvrSession;
import org.switchboard.engine.ivr.IvrStep;
import org.switchboard.engine.ivr.TransferTarget;
import org.switchboard.engine.journal.ContactEvent.EndedBy;

/**
 * Drives a contact's {@link IvrSession}: adapter-facing steps become actions, steps that
 * leave the IVR become routing (a queue, an agent, voicemail, hang-up).
 */
final class IvrRunner {

	private static final Logger log = LoggerFactory.getLogger(IvrRunner.class);

	private final CenterState state;

	Admission admission;

	IvrRunner(CenterState state) {
		this.state = state;
	}

	void start(Contact contact, String flowName) {
		IvrFlow flow = this.state.config.ivrFlows().get(flowName);
		if (flow == null) {
			this.admission.reject(contact, "unknown IVR flow " + flowName);
			return;
		}
		contact.phase = Phase.IVR;
		contact.queue = null;
		contact.ivr = new IvrSession(flow, contact.id, contact.caller, contact.attributes, this.admission::isOpen,
				this.state.journal);
		apply(contact, contact.ivr.start(this.state.now));
	}

	/** Hands the session an adapter input (playback finished, digits, lookup result). */
	void input(Contact contact, Input input) {
		apply(contact, contact.ivr.on(input, this.state.now));
	}

	private void apply(Contact contact, IvrStep step) {
		if (step.leavesIvr()) {
			contact.ivr = null;
			contact.phase = Phase.NEW;
		}
		if (step instanceof IvrStep.ToQueue toQueue) {
			QueueState queue = this.state.queues.get(toQueue.queue());
			if (queue == null) {
				this.admission.reject(contact, "IVR sent the contact to unknown queue " + toQueue.queue());
				return;
			}
			toQueue.priority().ifPresent((priority) -> contact.basePriority = priority);
			this.admission.enqueue(contact, queue);
		}
		else if (step instanceof IvrStep.Transfer transfer) {
			this.admission.sendTo(contact, destination(transfer.target()));
		}
		else if (step instanceof IvrStep.Ignored ignored) {
			log.debug("IVR of {} ignored an input: {}", contact.id, ignored.reason());
		}
		else {
			step.toAction(contact.id).ifPresent(this.state::act);
			if (step.leavesIvr()) {
				this.admission.finish(contact, EndedBy.SYSTEM);
			}
		}
	}

	/**
	 * The destination of a transfer node: an agent is offered the contact, an extension
	 * or an external number gets it and the contact ends here.
	 */
	private static Destination destination(TransferTarget target) {
		Destination.Kind kind = switch (target.kind()) {
			case AGENT -> Destination.Kind.AGENT;
			case EXTENSION -> Destination.Kind.EXTENSION;
			case EXTERNAL -> Destination.Kind.EXTERNAL;
		};
		return new Destination(kind, target.destination());
	}

}
