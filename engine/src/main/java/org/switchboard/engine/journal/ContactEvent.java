package org.switchboard.engine.journal;

import java.time.Instant;
import java.util.Map;

/**
 * An event in the life of one contact (a call). Events of one contact are ordered by the
 * single-writer engine; {@code contactId} is globally unique.
 */
public sealed interface ContactEvent extends EngineEvent {

	String contactId();

	/**
	 * The contact entered the center: dialled {@code dialedNumber} from
	 * {@code callerNumber}.
	 */
	record ContactArrived(Instant at, String contactId, String callerNumber, String dialedNumber,
			Map<String, String> attributes) implements ContactEvent {
		public ContactArrived {
			attributes = Map.copyOf(attributes);
		}

		@Override
		public String type() {
			return "CONTACT_ARRIVED";
		}
	}

	/** The contact entered node {@code node} of IVR flow {@code flow}. */
	record IvrNodeEntered(Instant at, String contactId, String flow, String node) implements ContactEvent {
		@Override
		public String type() {
			return "IVR_NODE_ENTERED";
		}
	}

	/** The caller gave input to an IVR node (menu choice or collected digits). */
	record IvrInput(Instant at, String contactId, String flow, String node, String digits) implements ContactEvent {
		@Override
		public String type() {
			return "IVR_INPUT";
		}
	}

	/** The contact joined a queue with a priority (higher is served first). */
	record ContactQueued(Instant at, String contactId, String queue, int priority) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_QUEUED";
		}
	}

	/** The contact was offered to (rung at) an agent; the ring has started. */
	record ContactOffered(Instant at, String contactId, String queue, String agentId) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_OFFERED";
		}
	}

	/**
	 * An offer ended without an answer; the contact goes back to the head of its queue.
	 */
	record OfferFailed(Instant at, String contactId, String queue, String agentId,
			OfferFailure reason) implements ContactEvent {
		@Override
		public String type() {
			return "OFFER_FAILED";
		}
	}

	/** An agent answered the contact: talk time starts. */
	record ContactAnswered(Instant at, String contactId, String queue, String agentId) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_ANSWERED";
		}
	}

	/** The agent put the contact on hold. */
	record ContactHeld(Instant at, String contactId, String agentId) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_HELD";
		}
	}

	/** The agent took the contact off hold. */
	record ContactRetrieved(Instant at, String contactId, String agentId) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_RETRIEVED";
		}
	}

	/** The agent transferred the contact to {@code target} (e.g. {@code queue:sales}). */
	record ContactTransferred(Instant at, String contactId, String agentId, String target) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_TRANSFERRED";
		}
	}

	/**
	 * The caller hung up before being answered; {@code queue} is null when abandoned in
	 * IVR.
	 */
	record ContactAbandoned(Instant at, String contactId, String queue, AbandonPoint where) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_ABANDONED";
		}
	}

	/**
	 * The contact left {@code fromQueue} for {@code target} because of {@code reason}.
	 */
	record ContactOverflowed(Instant at, String contactId, String fromQueue, String target,
			OverflowReason reason) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_OVERFLOWED";
		}
	}

	/**
	 * The contact was refused at the door (blacklist, closed calendar with hang-up, no
	 * route).
	 */
	record ContactRejected(Instant at, String contactId, String reason) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_REJECTED";
		}
	}

	/** The contact is over; no further event refers to it except wrap-up and survey. */
	record ContactEnded(Instant at, String contactId, EndedBy endedBy) implements ContactEvent {
		@Override
		public String type() {
			return "CONTACT_ENDED";
		}
	}

	/** The agent finished after-call work for the contact. */
	record WrapUpDone(Instant at, String contactId, String agentId) implements ContactEvent {
		@Override
		public String type() {
			return "WRAP_UP_DONE";
		}
	}

	/** The caller scored the service 1–5 in the post-call survey. */
	record SurveyScored(Instant at, String contactId, String agentId, int score) implements ContactEvent {
		@Override
		public String type() {
			return "SURVEY_SCORED";
		}
	}

	/** Why an offer to an agent ended without an answer. */
	enum OfferFailure {

		NO_ANSWER, REJECTED, UNREACHABLE, CALLER_LEFT, LEASE_EXPIRED

	}

	/** Where the caller was when they hung up unanswered. */
	enum AbandonPoint {

		IVR, QUEUE, RINGING

	}

	/** Why a contact overflowed out of a queue. */
	enum OverflowReason {

		MAX_WAIT, NO_AGENTS, QUEUE_FULL, ESTIMATED_WAIT

	}

	/** Which side ended the contact. */
	enum EndedBy {

		CALLER, AGENT, SYSTEM

	}

}
