package org.switchboard.telephony.call;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.switchboard.telephony.media.MediaSession;
import org.switchboard.telephony.media.StereoWavRecorder;

/**
 * The B2BUA's state of one contact: the caller leg, the agent leg being rung or talked
 * to, media.
 */
final class Call {

	final String contactId;

	final String callerNumber;

	final String dialed;

	/** A call the B2BUA serves alone (feature codes); the engine never hears of it. */
	final boolean local;

	Leg caller;

	/** The agent leg that answered the current offer; null while ringing. */
	Leg agent;

	/** Agent legs still ringing for the current offer, one per registered contact. */
	final java.util.List<Leg> forks = new java.util.ArrayList<>();

	/** The agent the current offer rings, null when none. */
	String offeredAgent;

	/** Counts offers, so that a late ring timer of an earlier offer is ignored. */
	int offer;

	String queue;

	MediaSession media;

	boolean answered;

	boolean ended;

	DigitCollection collection;

	ScheduledFuture<?> ringTimer;

	StereoWavRecorder recorder;

	Instant bridgedAt;

	String bridgedAgent;

	/** The voicemail box the caller is leaving a message in, null otherwise. */
	String mailbox;

	/** When the caller's message began (after the tone), null before. */
	Instant messageStart;

	/** Ends a voicemail message that runs too long. */
	ScheduledFuture<?> messageTimer;

	/**
	 * The internal extension the engine handed the caller to, null otherwise; the engine
	 * has let the contact go, so telephony rings, bridges and ends it alone.
	 */
	String extension;

	Call(String contactId, String callerNumber, String dialed, boolean local) {
		this.contactId = contactId;
		this.callerNumber = callerNumber;
		this.dialed = dialed;
		this.local = local;
	}

	/** Whether the engine still follows this call and hears of its legs. */
	boolean engineFollows() {
		return !this.local && this.extension == null;
	}

	/** An active CollectDigits: what the engine asked for and what came so far. */
	static final class DigitCollection {

		final int maxDigits;

		final String terminator;

		final java.time.Duration timeout;

		final StringBuilder digits = new StringBuilder();

		ScheduledFuture<?> timer;

		DigitCollection(int maxDigits, String terminator, java.time.Duration timeout) {
			this.maxDigits = Math.max(1, maxDigits);
			this.terminator = (terminator != null) ? terminator : "";
			this.timeout = timeout;
		}

	}

}
