package org.switchboard.telephony.testphone;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.auth.DigestCredentials;
import org.switchboard.telephony.auth.DigestVerifier;
import org.switchboard.telephony.sdp.Sdp;
import org.switchboard.telephony.sip.SipEndpoint;

/**
 * An in-JVM SIP phone on the same stack as the server, for integration tests: registers
 * with digest auth, places calls (answering 407 challenges), answers, rejects or ignores
 * incoming calls, hangs up, and sends and hears audio through {@link RtpPeer}.
 */
public final class TestPhone implements SipListener, AutoCloseable {

	private final SipEndpoint sip;

	private final String user;

	private final String password;

	private final String server;

	private volatile DigestAlgorithm algorithm = DigestAlgorithm.SHA_256;

	private volatile Answer answerMode = Answer.ANSWER;

	private long cseq = 1;

	private final String registerCallId;

	private final Map<String, TestCall> calls = new ConcurrentHashMap<>();

	private final BlockingQueue<Response> registerResponses = new LinkedBlockingQueue<>();

	final BlockingQueue<TestCall> incoming = new LinkedBlockingQueue<>();

	private TestPhone(String user, String password, String server) throws Exception {
		this.user = user;
		this.password = password;
		this.server = server;
		this.sip = SipEndpoint.start("phone-" + user, "127.0.0.1", FreePorts.sipPort(), this);
		this.registerCallId = this.sip.provider().getNewCallId().getCallId();
	}

	/** A phone for {@code user} talking to the server at {@code 127.0.0.1:serverPort}. */
	public static TestPhone start(String user, String password, int serverPort) throws Exception {
		return new TestPhone(user, password, "127.0.0.1:" + serverPort);
	}

	public TestPhone algorithm(DigestAlgorithm preferred) {
		this.algorithm = preferred;
		return this;
	}

	public TestPhone answerMode(Answer mode) {
		this.answerMode = mode;
		return this;
	}

	public int port() {
		return this.sip.port();
	}

	public String contact() {
		return "sip:" + this.user + "@127.0.0.1:" + this.sip.port();
	}

	/**
	 * REGISTERs for {@code expires} seconds, answering one challenge; the final response.
	 */
	public Response register(int expires) throws Exception {
		return register(expires, this.contact(), this.password);
	}

	public Response register(int expires, String contactUri, String withPassword) throws Exception {
		this.registerResponses.clear();
		Request request = registerRequest(expires, contactUri);
		send(request);
		Response response = awaitFinal(this.registerResponses);
		if (response != null && response.getStatusCode() == Response.UNAUTHORIZED) {
			Request again = registerRequest(expires, contactUri);
			authorize(again, response, withPassword);
			send(again);
			response = awaitFinal(this.registerResponses);
		}
		return response;
	}

	/** Sends a REGISTER as built and returns the first final response (no auth). */
	public Response sendRegister(Request request) throws Exception {
		this.registerResponses.clear();
		send(request);
		return awaitFinal(this.registerResponses);
	}

	public Request registerRequest(int expires, String contactUri) throws ParseException, Exception {
		SipURI requestUri = this.sip.addresses().createSipURI(null, this.server);
		Request request = baseRequest(Request.REGISTER, requestUri, this.registerCallId, this.user, this.user);
		ContactHeader contact = this.sip.headers().createContactHeader(this.sip.addresses().createAddress(contactUri));
		request.addHeader(contact);
		request.addHeader(this.sip.headers().createExpiresHeader(expires));
		return request;
	}

	Request baseRequest(String method, SipURI requestUri, String callId, String fromUser, String toUser)
			throws Exception {
		var from = this.sip.headers()
			.createFromHeader(this.sip.addresses().createAddress("sip:" + fromUser + "@" + this.server),
					Long.toHexString(ThreadLocalRandom.current().nextLong()));
		var to = this.sip.headers()
			.createToHeader(this.sip.addresses().createAddress("sip:" + toUser + "@" + this.server), null);
		ViaHeader via = this.sip.headers().createViaHeader("127.0.0.1", this.sip.port(), "udp", null);
		CSeqHeader cseqHeader;
		synchronized (this) {
			cseqHeader = this.sip.headers().createCSeqHeader(this.cseq++, method);
		}
		return this.sip.messages()
			.createRequest(requestUri, method, this.sip.headers().createCallIdHeader(callId), cseqHeader, from, to,
					List.of(via), this.sip.headers().createMaxForwardsHeader(70));
	}

	/**
	 * Adds credentials answering {@code challenge} with this phone's preferred algorithm.
	 */
	void authorize(Request request, Response challenge, String withPassword) throws ParseException {
		boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
		String name = proxy ? "Proxy-Authenticate" : WWWAuthenticateHeader.NAME;
		ListIterator<?> headers = challenge.getHeaders(name);
		WWWAuthenticateHeader chosen = null;
		while (headers.hasNext()) {
			WWWAuthenticateHeader header = (WWWAuthenticateHeader) headers.next();
			if (this.algorithm.token().equalsIgnoreCase(header.getAlgorithm())) {
				chosen = header;
			}
		}
		if (chosen == null) {
			throw new IllegalStateException("server offered no " + this.algorithm.token() + " challenge");
		}
		String uri = request.getRequestURI().toString();
		String cnonce = Long.toHexString(ThreadLocalRandom.current().nextLong());
		DigestCredentials credentials = new DigestCredentials(this.user, chosen.getRealm(), chosen.getNonce(), uri,
				null, this.algorithm.token(), "auth", "00000001", cnonce);
		String ha1 = this.algorithm.ha1(this.user, chosen.getRealm(), withPassword);
		String response = DigestVerifier.response(this.algorithm, ha1, credentials, request.getMethod());
		AuthorizationHeader auth = proxy ? this.sip.headers().createProxyAuthorizationHeader("Digest")
				: this.sip.headers().createAuthorizationHeader("Digest");
		auth.setUsername(this.user);
		auth.setRealm(chosen.getRealm());
		auth.setNonce(chosen.getNonce());
		auth.setURI(request.getRequestURI());
		auth.setResponse(response);
		auth.setAlgorithm(this.algorithm.token());
		auth.setQop("auth");
		auth.setNonceCount(1);
		auth.setCNonce(cnonce);
		request.setHeader(auth);
	}

	/** Calls {@code number}, authenticating if {@code authenticate}; returns at once. */
	public TestCall call(String number, boolean authenticate) throws Exception {
		TestCall call = new TestCall(this, this.sip, number, authenticate);
		this.calls.put(call.callId(), call);
		call.invite(null);
		return call;
	}

	/** The next call that rings this phone. */
	public TestCall awaitIncoming(Duration timeout) throws InterruptedException {
		return this.incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	void send(Request request) throws Exception {
		ClientTransaction transaction = this.sip.provider().getNewClientTransaction(request);
		transaction.sendRequest();
	}

	static Response awaitFinal(BlockingQueue<Response> queue) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline) {
			Response response = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (response != null && response.getStatusCode() >= 200) {
				return response;
			}
		}
		return null;
	}

	String server() {
		return this.server;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	@Override
	public void processRequest(RequestEvent event) {
		Request request = event.getRequest();
		String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
		try {
			if (Request.INVITE.equals(request.getMethod())
					&& ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() == null) {
				ServerTransaction transaction = this.sip.provider().getNewServerTransaction(request);
				Dialog dialog = this.sip.provider().getNewDialog(transaction);
				TestCall call = TestCall.incoming(this, this.sip, transaction, dialog, request);
				this.calls.put(callId, call);
				this.incoming.add(call);
				call.ring(this.answerMode);
				return;
			}
			TestCall call = this.calls.get(callId);
			if (call != null) {
				call.onRequest(event);
			}
			else if (!Request.ACK.equals(request.getMethod())) {
				ServerTransaction transaction = this.sip.provider().getNewServerTransaction(request);
				transaction.sendResponse(this.sip.messages().createResponse(481, request));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void processResponse(ResponseEvent event) {
		Response response = event.getResponse();
		CSeqHeader cseqHeader = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
		if (Request.REGISTER.equals(cseqHeader.getMethod())) {
			this.registerResponses.add(response);
			return;
		}
		String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
		TestCall call = this.calls.get(callId);
		if (call != null) {
			call.onResponse(event);
		}
	}

	@Override
	public void processTimeout(TimeoutEvent event) {
	}

	@Override
	public void processIOException(IOExceptionEvent event) {
	}

	@Override
	public void processTransactionTerminated(TransactionTerminatedEvent event) {
	}

	@Override
	public void processDialogTerminated(DialogTerminatedEvent event) {
	}

	@Override
	public void close() {
		this.calls.values().forEach(TestCall::closeMedia);
		this.sip.close();
	}

	static String body(javax.sip.message.Message message) {
		byte[] raw = message.getRawContent();
		return (raw != null) ? new String(raw, StandardCharsets.UTF_8) : null;
	}

	static Sdp sdpOf(javax.sip.message.Message message) {
		return Sdp.parse(body(message)).orElseThrow();
	}

	/** What the phone does when it rings. */
	public enum Answer {

		ANSWER, REJECT, IGNORE

	}

	static String toTag(javax.sip.message.Message message) {
		return ((ToHeader) message.getHeader(ToHeader.NAME)).getTag();
	}

	static String fromUser(Request request) {
		return ((SipURI) ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI()).getUser();
	}

}
