package org.switchboard.telephony.call;

import java.text.ParseException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.media.Codec;
import org.switchboard.telephony.sdp.Sdp;
import org.switchboard.telephony.sip.SipEndpoint;

/**
 * Builds and sends the SIP messages of call legs: provisional and final answers to the
 * caller, the agent INVITE, ACK, CANCEL and BYE. Failures are logged and reported as
 * false; the caller of these methods decides what a failure means for the call.
 */
final class LegSignalling {

	private static final Logger log = LoggerFactory.getLogger(LegSignalling.class);

	private final SipEndpoint sip;

	private final String publicHost;

	LegSignalling(SipEndpoint sip, String publicHost) {
		this.sip = sip;
		this.publicHost = publicHost;
	}

	String publicHost() {
		return this.publicHost;
	}

	/** A provisional (1xx) or final non-2xx answer to the caller's INVITE. */
	boolean respond(Leg leg, int status) {
		try {
			Response response = this.sip.messages().createResponse(status, leg.invite.getRequest());
			if (status > 100) {
				((ToHeader) response.getHeader(ToHeader.NAME)).setTag(leg.localTag);
			}
			if (status >= 200 && status < 300) {
				response.addHeader(contact(leg.transport));
			}
			leg.invite.sendResponse(response);
			return true;
		}
		catch (ParseException | SipException | InvalidArgumentException | RuntimeException ex) {
			log.debug("Could not send {} on {}: {}", status, leg.callId, ex.toString());
			return false;
		}
	}

	/**
	 * 200 OK with our SDP to the caller's INVITE (or to a re-INVITE on
	 * {@code transaction}).
	 */
	boolean answer(Leg leg, ServerTransaction transaction) {
		try {
			Response response = this.sip.messages().createResponse(Response.OK, transaction.getRequest());
			ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
			if (to.getTag() == null) {
				to.setTag(leg.localTag);
			}
			response.addHeader(contact(leg.transport));
			response.setContent(sdp(leg), sdpType());
			transaction.sendResponse(response);
			return true;
		}
		catch (ParseException | SipException | InvalidArgumentException | RuntimeException ex) {
			log.debug("Could not answer {}: {}", leg.callId, ex.toString());
			return false;
		}
	}

	String sdp(Leg leg) {
		List<Codec> codecs = List.of(leg.format.codec());
		return Sdp.write(this.publicHost, leg.rtp.localPort(), leg.sessionId, leg.sdpVersion++, codecs,
				leg.format.telephoneEvent(), leg.direction);
	}

	/**
	 * Sends the agent leg's INVITE to {@code target}; the leg gets its transaction and
	 * dialog.
	 */
	void invite(Leg leg, String target, String callerNumber, String extension, String offer)
			throws ParseException, SipException, InvalidArgumentException {
		SipURI requestUri = (SipURI) this.sip.addresses().createURI(target);
		Address fromAddress = this.sip.addresses().createAddress("sip:" + callerNumber + "@" + this.publicHost);
		fromAddress.setDisplayName(callerNumber);
		FromHeader from = this.sip.headers().createFromHeader(fromAddress, tag());
		ToHeader to = this.sip.headers()
			.createToHeader(this.sip.addresses().createAddress("sip:" + extension + "@" + this.publicHost), null);
		ViaHeader via = this.sip.headers().createViaHeader(this.publicHost, this.sip.port(), leg.transport, null);
		CallIdHeader callId = this.sip.headers().createCallIdHeader(leg.callId);
		CSeqHeader cseq = this.sip.headers().createCSeqHeader(1L, Request.INVITE);
		MaxForwardsHeader maxForwards = this.sip.headers().createMaxForwardsHeader(70);
		Request request = this.sip.messages()
			.createRequest(requestUri, Request.INVITE, callId, cseq, from, to, List.of(via), maxForwards);
		request.addHeader(contact(leg.transport));
		request.setContent(offer, sdpType());
		ClientTransaction transaction = this.sip.provider().getNewClientTransaction(request);
		leg.outgoing = transaction;
		leg.dialog = this.sip.provider().getNewDialog(transaction);
		transaction.sendRequest();
	}

	void ack(Dialog dialog, long cseq) {
		try {
			dialog.sendAck(dialog.createAck(cseq));
		}
		catch (SipException | InvalidArgumentException | RuntimeException ex) {
			log.debug("Could not ACK: {}", ex.toString());
		}
	}

	void cancel(Leg leg) {
		try {
			Request cancel = leg.outgoing.createCancel();
			this.sip.provider().getNewClientTransaction(cancel).sendRequest();
		}
		catch (SipException | RuntimeException ex) {
			log.debug("Could not CANCEL {}: {}", leg.callId, ex.toString());
		}
	}

	void bye(Leg leg) {
		try {
			Request bye = leg.dialog.createRequest(Request.BYE);
			ClientTransaction transaction = this.sip.provider().getNewClientTransaction(bye);
			leg.dialog.sendRequest(transaction);
		}
		catch (SipException | RuntimeException ex) {
			log.debug("Could not send BYE on {}: {}", leg.callId, ex.toString());
		}
	}

	String newCallId() {
		return this.sip.provider().getNewCallId().getCallId();
	}

	static String tag() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
	}

	private ContactHeader contact(String transport) throws ParseException {
		String uri = "sip:switchboard@" + this.publicHost + ":" + this.sip.port()
				+ ("tcp".equalsIgnoreCase(transport) ? ";transport=tcp" : "");
		return this.sip.headers().createContactHeader(this.sip.addresses().createAddress(uri));
	}

	private ContentTypeHeader sdpType() throws ParseException {
		return this.sip.headers().createContentTypeHeader("application", "sdp");
	}

}
