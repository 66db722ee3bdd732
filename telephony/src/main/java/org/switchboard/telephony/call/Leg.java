package org.switchboard.telephony.call;

import java.util.concurrent.ThreadLocalRandom;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;

import org.switchboard.telephony.media.MediaSession.LegFormat;
import org.switchboard.telephony.media.RtpEndpoint;

/** One SIP dialog of a call: the caller's (we are UAS) or an agent's (we are UAC). */
final class Leg {

	final Call call;

	final boolean caller;

	final String callId;

	final String agentId;

	final String transport;

	final long sessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);

	long sdpVersion = 1;

	/**
	 * Our media direction towards this leg (RFC 3264 §6.1), changed by hold re-INVITEs.
	 */
	String direction = "sendrecv";

	ServerTransaction invite;

	ClientTransaction outgoing;

	Dialog dialog;

	String localTag;

	RtpEndpoint rtp;

	LegFormat format;

	State state = State.SETUP;

	private Leg(Call call, boolean caller, String callId, String agentId, String transport) {
		this.call = call;
		this.caller = caller;
		this.callId = callId;
		this.agentId = agentId;
		this.transport = transport;
	}

	static Leg caller(Call call, String callId, String transport) {
		return new Leg(call, true, callId, null, transport);
	}

	static Leg agent(Call call, String callId, String agentId, String transport) {
		return new Leg(call, false, callId, agentId, transport);
	}

	/** Where a leg is in its life. */
	enum State {

		/** INVITE received or sent, no final response yet. */
		SETUP,
		/** We sent CANCEL; a 487 or a late 200 will follow. */
		CANCELLING,
		/** 200 OK exchanged. */
		CONFIRMED,
		/** BYE sent or received, or the INVITE failed. */
		ENDED

	}

}
