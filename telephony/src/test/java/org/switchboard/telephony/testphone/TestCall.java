package org.switchboard.telephony.testphone;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.switchboard.telephony.media.Codec;
import org.switchboard.telephony.sdp.Sdp;
import org.switchboard.telephony.sip.SipEndpoint;

/** One call of a {@link TestPhone}, placed or received. */
public final class TestCall {

	private final TestPhone phone;

	private final SipEndpoint sip;

	private final String number;

	private final boolean authenticate;

	private final RtpPeer rtp = new RtpPeer();

	private final String callId;

	private final BlockingQueue<Response> responses = new LinkedBlockingQueue<>();

	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

	private ClientTransaction invite;

	private ServerTransaction incomingInvite;

	private Request incomingRequest;

	private Dialog dialog;

	private String localTag = Long.toHexString(System.nanoTime());

	private volatile int telephoneEvent = 101;

	TestCall(TestPhone phone, SipEndpoint sip, String number, boolean authenticate) {
		this.phone = phone;
		this.sip = sip;
		this.number = number;
		this.authenticate = authenticate;
		this.callId = sip.provider().getNewCallId().getCallId();
	}

	static TestCall incoming(TestPhone phone, SipEndpoint sip, ServerTransaction transaction, Dialog dialog,
			Request request) {
		TestCall call = new TestCall(phone, sip, TestPhone.fromUser(request), false, request);
		call.incomingInvite = transaction;
		call.incomingRequest = request;
		call.dialog = dialog;
		Sdp offer = TestPhone.sdpOf(request);
		call.rtp.remote(offer.rtpAddress());
		return call;
	}

	private TestCall(TestPhone phone, SipEndpoint sip, String number, boolean authenticate, Request request) {
		this.phone = phone;
		this.sip = sip;
		this.number = number;
		this.authenticate = authenticate;
		this.callId = ((javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME))
			.getCallId();
	}

	String callId() {
		return this.callId;
	}

	/** Who called (incoming) or whom we called (outgoing). */
	public String number() {
		return this.number;
	}

	public RtpPeer rtp() {
		return this.rtp;
	}

	void invite(Response challenge) throws Exception {
		SipURI target = this.sip.addresses().createSipURI(this.number, this.phone.server());
		Request request = this.phone.baseRequest(Request.INVITE, target, this.callId, this.phone.user(), this.number);
		ContactHeader contact = this.sip.headers()
			.createContactHeader(this.sip.addresses().createAddress(this.phone.contact()));
		request.addHeader(contact);
		request.setContent(offer(), this.sip.headers().createContentTypeHeader("application", "sdp"));
		if (challenge != null) {
			this.phone.authorize(request, challenge, this.phone.password());
		}
		this.invite = this.sip.provider().getNewClientTransaction(request);
		this.dialog = this.sip.provider().getNewDialog(this.invite);
		this.invite.sendRequest();
	}

	private String offer() {
		return Sdp.write("127.0.0.1", this.rtp.port(), 1, 1, List.of(Codec.PCMU, Codec.PCMA), this.telephoneEvent);
	}

	void onResponse(ResponseEvent event) {
		Response response = event.getResponse();
		CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
		if (!Request.INVITE.equals(cseq.getMethod())) {
			this.events.add(cseq.getMethod() + " " + response.getStatusCode());
			return;
		}
		try {
			int status = response.getStatusCode();
			if (status == Response.PROXY_AUTHENTICATION_REQUIRED && this.authenticate) {
				this.responses.add(response);
				invite(response);
				return;
			}
			if (status >= 200 && status < 300) {
				Dialog d = (event.getDialog() != null) ? event.getDialog() : this.dialog;
				this.dialog = d;
				d.sendAck(d.createAck(cseq.getSeqNumber()));
				Sdp answer = TestPhone.sdpOf(response);
				this.rtp.remote(answer.rtpAddress());
				this.telephoneEvent = answer.telephoneEvent();
			}
			this.responses.add(response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void onRequest(RequestEvent event) throws Exception {
		Request request = event.getRequest();
		switch (request.getMethod()) {
			case Request.BYE -> {
				reply(event, Response.OK);
				this.events.add("BYE");
			}
			case Request.CANCEL -> {
				reply(event, Response.OK);
				Response terminated = this.sip.messages()
					.createResponse(Response.REQUEST_TERMINATED, this.incomingRequest);
				((ToHeader) terminated.getHeader(ToHeader.NAME)).setTag(this.localTag);
				this.incomingInvite.sendResponse(terminated);
				this.events.add("CANCEL");
			}
			case Request.ACK -> this.events.add("ACK");
			default -> reply(event, Response.OK);
		}
	}

	private void reply(RequestEvent event, int status) throws Exception {
		ServerTransaction transaction = (event.getServerTransaction() != null) ? event.getServerTransaction()
				: this.sip.provider().getNewServerTransaction(event.getRequest());
		transaction.sendResponse(this.sip.messages().createResponse(status, event.getRequest()));
	}

	void ring(TestPhone.Answer mode) throws Exception {
		Response ringing = this.sip.messages().createResponse(Response.RINGING, this.incomingRequest);
		((ToHeader) ringing.getHeader(ToHeader.NAME)).setTag(this.localTag);
		this.incomingInvite.sendResponse(ringing);
		if (mode == TestPhone.Answer.ANSWER) {
			answer();
		}
		else if (mode == TestPhone.Answer.REJECT) {
			Response busy = this.sip.messages().createResponse(Response.BUSY_HERE, this.incomingRequest);
			((ToHeader) busy.getHeader(ToHeader.NAME)).setTag(this.localTag);
			this.incomingInvite.sendResponse(busy);
		}
	}

	/** Answers a ringing incoming call with 200 OK and SDP. */
	public void answer() throws Exception {
		Sdp offer = TestPhone.sdpOf(this.incomingRequest);
		this.telephoneEvent = offer.telephoneEvent();
		Response ok = this.sip.messages().createResponse(Response.OK, this.incomingRequest);
		((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(this.localTag);
		ok.addHeader(this.sip.headers().createContactHeader(this.sip.addresses().createAddress(this.phone.contact())));
		ok.setContent(Sdp.write("127.0.0.1", this.rtp.port(), 2, 1, List.of(offer.choose().orElseThrow().codec()),
				this.telephoneEvent), this.sip.headers().createContentTypeHeader("application", "sdp"));
		this.incomingInvite.sendResponse(ok);
	}

	/** The next final (or, if {@code provisional}, any) response to our INVITE. */
	public Response awaitResponse(Duration timeout, boolean provisional) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Response response = this.responses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (response != null && (provisional || response.getStatusCode() >= 200)
					&& response.getStatusCode() != Response.PROXY_AUTHENTICATION_REQUIRED) {
				return response;
			}
		}
		return null;
	}

	/** The first final response, a 407 challenge included. */
	public Response awaitChallengeOrFinal(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Response response = this.responses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (response != null && response.getStatusCode() >= 200) {
				return response;
			}
		}
		return null;
	}

	/** Waits for an event such as {@code BYE}, {@code CANCEL} or {@code BYE 200}. */
	public boolean awaitEvent(String event, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String next = this.events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event.equals(next)) {
				return true;
			}
		}
		return false;
	}

	/** Sends a re-INVITE with the same SDP; its final response arrives like any other. */
	public void reInvite() throws Exception {
		Request invite = this.dialog.createRequest(Request.INVITE);
		invite.setContent(offer(), this.sip.headers().createContentTypeHeader("application", "sdp"));
		invite.addHeader(
				this.sip.headers().createContactHeader(this.sip.addresses().createAddress(this.phone.contact())));
		this.dialog.sendRequest(this.sip.provider().getNewClientTransaction(invite));
	}

	public void hangUp() throws Exception {
		Request bye = this.dialog.createRequest(Request.BYE);
		this.dialog.sendRequest(this.sip.provider().getNewClientTransaction(bye));
	}

	public void cancel() throws Exception {
		Request cancel = this.invite.createCancel();
		this.sip.provider().getNewClientTransaction(cancel).sendRequest();
	}

	/** Sends a digit as RFC 4733 telephone-event. */
	public void dtmf(char digit) {
		this.rtp.dtmf(digit, this.telephoneEvent);
	}

	/** Sends a digit as SIP INFO application/dtmf-relay. */
	public void info(char digit) throws Exception {
		Request info = this.dialog.createRequest(Request.INFO);
		info.setContent("Signal=" + digit + "\r\nDuration=160\r\n",
				this.sip.headers().createContentTypeHeader("application", "dtmf-relay"));
		this.dialog.sendRequest(this.sip.provider().getNewClientTransaction(info));
	}

	void closeMedia() {
		this.rtp.close();
	}

}
