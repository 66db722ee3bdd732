package org.switchboard.telephony.call;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Input;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.ContactCenterLink;
import org.switchboard.telephony.InboundRoutes;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.media.Dtmf;
import org.switchboard.telephony.media.MediaSession;
import org.switchboard.telephony.media.MediaSession.LegFormat;
import org.switchboard.telephony.media.RtpEndpoint;
import org.switchboard.telephony.sdp.Sdp;
import org.switchboard.telephony.sip.DialogHandler;
import org.switchboard.telephony.sip.SipAuthenticator;
import org.switchboard.telephony.sip.SipEndpoint;
import org.switchboard.telephony.sip.SipMessages;

/**
 * The back-to-back user agent's signalling: accepts callers' INVITEs for the numbers the
 * inbound routes allow, tells the engine, and follows the caller's and the agents' legs
 * (CANCEL, BYE, re-INVITE, INFO, responses, timeouts). What the engine asks for is
 * carried out by {@link CallActions}, which shares this object's lock and call table.
 */
public final class B2bua implements DialogHandler {

	private static final Logger log = LoggerFactory.getLogger(B2bua.class);

	/** Feature code an agent dials to become ready. */
	public static final String READY_CODE = "*50";

	/** Feature code an agent dials to become not ready. */
	public static final String NOT_READY_CODE = "*51";

	final Object lock = new Object();

	final Map<String, Call> calls = new ConcurrentHashMap<>();

	final Map<String, Leg> legs = new ConcurrentHashMap<>();

	private final SipEndpoint sip;

	private final SipSettings settings;

	private final SipAuthenticator authenticator;

	private final InboundRoutes routes;

	private final AgentBinding agents;

	private final ContactCenterLink link;

	private final CallMedia media;

	private final LegSignalling signalling;

	private CallActions actions;

	public B2bua(SipEndpoint sip, SipSettings settings, SipAuthenticator authenticator, InboundRoutes routes,
			AgentBinding agents, ContactCenterLink link, CallMedia media, String publicHost) {
		this.sip = sip;
		this.settings = settings;
		this.authenticator = authenticator;
		this.routes = routes;
		this.agents = agents;
		this.link = link;
		this.media = media;
		this.signalling = new LegSignalling(sip, publicHost);
	}

	void actions(CallActions actions) {
		this.actions = actions;
	}

	LegSignalling signalling() {
		return this.signalling;
	}

	/** Calls the B2BUA holds (feature-code calls included). */
	public int activeCalls() {
		return this.calls.size();
	}

	/** Contact ids of the calls with live legs, for the engine's reconciliation. */
	public java.util.Set<String> liveContacts() {
		return this.calls.values()
			.stream()
			.filter((c) -> !c.local && !c.ended)
			.map((c) -> c.contactId)
			.collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public void onRequest(RequestEvent event) {
		Request request = event.getRequest();
		synchronized (this.lock) {
			switch (request.getMethod()) {
				case Request.INVITE -> {
					if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() == null) {
						newInvite(event);
					}
					else {
						reInvite(event);
					}
				}
				case Request.CANCEL -> cancel(event);
				case Request.BYE -> bye(event);
				case Request.INFO -> info(event);
				case Request.ACK -> {
				}
				default -> SipMessages.reply(this.sip, event, Response.NOT_IMPLEMENTED);
			}
		}
	}

	private void newInvite(RequestEvent event) {
		Request request = event.getRequest();
		if (this.legs.containsKey(callId(request))) {
			return;
		}
		String target = SipMessages.user(request.getRequestURI()).orElse("");
		Optional<String> entry = this.routes.entryFor(target);
		boolean anonymousAllowed = entry.isPresent() && this.settings.allowUnauthenticatedInbound();
		Optional<String> user = Optional.empty();
		if (!anonymousAllowed || SipMessages.credentials(request, this.settings.realm()).isPresent()) {
			user = this.authenticator.authenticate(event);
			if (user.isEmpty()) {
				return;
			}
		}
		if (user.isPresent() && (READY_CODE.equals(target) || NOT_READY_CODE.equals(target))) {
			featureCode(event, user.get(), target);
			return;
		}
		if (entry.isEmpty()) {
			SipMessages.reply(this.sip, event, Response.NOT_FOUND);
			return;
		}
		accept(event, target, entry.get(), user.orElse(""));
	}

	private void accept(RequestEvent event, String dialed, String entry, String authenticatedUser) {
		Request request = event.getRequest();
		Optional<Sdp> offer = Sdp.parse(body(request));
		Optional<LegFormat> format = offer.flatMap(Sdp::choose);
		if (format.isEmpty()) {
			SipMessages.reply(this.sip, event, Response.NOT_ACCEPTABLE_HERE);
			return;
		}
		String callerNumber = SipMessages.user(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI())
			.orElse("anonymous");
		Call call = new Call(UUID.randomUUID().toString(), callerNumber, dialed, false);
		if (!openCallerLeg(event, call, offer.get(), format.get())) {
			return;
		}
		log.info("Contact {} from {} to {} (entry {}, Call-ID {})", call.contactId, callerNumber, dialed, entry,
				call.caller.callId);
		this.link.submit(new Input.ContactArrives(call.contactId, callerNumber, dialed, entry,
				Map.of("sip.callId", call.caller.callId, "sip.authenticatedUser", authenticatedUser)));
	}

	private boolean openCallerLeg(RequestEvent event, Call call, Sdp offer, LegFormat format) {
		Request request = event.getRequest();
		try {
			ServerTransaction transaction = SipMessages.serverTransaction(this.sip.provider(), event);
			Leg leg = Leg.caller(call, callId(request), transport(request));
			leg.invite = transaction;
			leg.dialog = this.sip.provider().getNewDialog(transaction);
			leg.localTag = LegSignalling.tag();
			leg.format = format;
			leg.rtp = this.media.open();
			leg.rtp.remote(offer.rtpAddress());
			call.caller = leg;
			call.media = this.media.session(leg.rtp, format, (digit) -> onDigit(call, digit));
			this.calls.put(call.contactId, call);
			this.legs.put(leg.callId, leg);
			this.signalling.respond(leg, Response.TRYING);
			return true;
		}
		catch (IOException ex) {
			log.warn("No RTP port for a new call: {}", ex.getMessage());
			SipMessages.reply(this.sip, event, Response.SERVICE_UNAVAILABLE);
			return false;
		}
		catch (SipException ex) {
			log.debug("Could not open caller leg: {}", ex.toString());
			return false;
		}
	}

	private void featureCode(RequestEvent event, String extension, String code) {
		Optional<String> agent = this.agents.agentAt(extension);
		if (agent.isEmpty()) {
			SipMessages.reply(this.sip, event, Response.NOT_FOUND);
			return;
		}
		log.info("Extension {} dialled {} for agent {}", extension, code, agent.get());
		this.link.submit(READY_CODE.equals(code) ? new Input.AgentReady(agent.get())
				: new Input.AgentNotReady(agent.get(), "feature-code"));
		Optional<Sdp> offer = Sdp.parse(body(event.getRequest()));
		Optional<LegFormat> format = offer.flatMap(Sdp::choose);
		if (format.isEmpty()) {
			SipMessages.reply(this.sip, event, Response.OK);
			return;
		}
		Call call = new Call("local-" + UUID.randomUUID(), extension, code, true);
		if (openCallerLeg(event, call, offer.get(), format.get())) {
			this.actions.answer(call);
			this.actions.playThenHangUp(call, "goodbye");
		}
	}

	private void reInvite(RequestEvent event) {
		Leg leg = this.legs.get(callId(event.getRequest()));
		if (leg == null || leg.state == Leg.State.ENDED) {
			SipMessages.reply(this.sip, event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
			return;
		}
		String body = body(event.getRequest());
		Optional<Sdp> offer = Sdp.parse(body);
		if (body != null && !body.isBlank() && offer.isEmpty()) {
			SipMessages.reply(this.sip, event, Response.NOT_ACCEPTABLE_HERE);
			return;
		}
		offer.ifPresent((sdp) -> {
			leg.direction = sdp.answerDirection();
			if (!"0.0.0.0".equals(sdp.address())) {
				leg.rtp.remote(sdp.rtpAddress());
			}
		});
		try {
			this.signalling.answer(leg, SipMessages.serverTransaction(this.sip.provider(), event));
		}
		catch (SipException ex) {
			log.debug("Could not answer re-INVITE on {}: {}", leg.callId, ex.toString());
		}
	}

	private void cancel(RequestEvent event) {
		Leg leg = this.legs.get(callId(event.getRequest()));
		SipMessages.reply(this.sip, event, (leg != null) ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
		if (leg == null || !leg.caller || leg.call.answered || leg.call.ended) {
			return;
		}
		this.signalling.respond(leg, Response.REQUEST_TERMINATED);
		leg.state = Leg.State.ENDED;
		log.info("Contact {} cancelled by the caller", leg.call.contactId);
		callerGone(leg.call);
	}

	private void bye(RequestEvent event) {
		Leg leg = this.legs.get(callId(event.getRequest()));
		SipMessages.reply(this.sip, event, (leg != null) ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
		if (leg == null || leg.state == Leg.State.ENDED) {
			return;
		}
		leg.state = Leg.State.ENDED;
		Call call = leg.call;
		if (leg.caller) {
			log.debug("Contact {}: caller hung up", call.contactId);
			callerGone(call);
		}
		else if (leg == call.agent) {
			log.debug("Contact {}: agent {} hung up", call.contactId, leg.agentId);
			call.agent = null;
			this.legs.remove(leg.callId);
			this.actions.hangUp(call, "agent hung up");
			if (call.engineFollows()) {
				this.link.submit(new Input.AgentHungUp(call.contactId, leg.agentId));
			}
		}
	}

	private void callerGone(Call call) {
		// Tear down first, so that whoever hears the engine's answer finds the call gone.
		this.actions.hangUp(call, "caller hung up");
		if (call.engineFollows()) {
			this.link.submit(new Input.CallerHungUp(call.contactId));
		}
	}

	private void info(RequestEvent event) {
		Leg leg = this.legs.get(callId(event.getRequest()));
		if (leg == null) {
			SipMessages.reply(this.sip, event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
			return;
		}
		char digit = Dtmf.digitOfInfo(body(event.getRequest()));
		SipMessages.reply(this.sip, event, (digit != 0 || !leg.caller) ? Response.OK : Response.UNSUPPORTED_MEDIA_TYPE);
		if (digit != 0 && leg.caller) {
			onDigit(leg.call, digit);
		}
	}

	private void onDigit(Call call, char digit) {
		synchronized (this.lock) {
			this.actions.digit(call, digit);
		}
	}

	@Override
	public void onResponse(ResponseEvent event) {
		Response response = event.getResponse();
		CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
		if (cseq == null || !Request.INVITE.equals(cseq.getMethod())) {
			return;
		}
		synchronized (this.lock) {
			Leg leg = this.legs.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
			int status = response.getStatusCode();
			if (leg == null || leg.caller) {
				if (status >= 200 && status < 300 && event.getDialog() != null) {
					lateAnswer(event.getDialog(), cseq.getSeqNumber());
				}
				return;
			}
			if (status < 200) {
				return;
			}
			if (status < 300) {
				agentAnswered(leg, event, cseq.getSeqNumber());
			}
			else if (leg.state == Leg.State.SETUP) {
				leg.state = Leg.State.ENDED;
				this.actions.forkFailed(leg, (status == Response.BUSY_HERE || status == Response.DECLINE)
						? "rejected: " + status : "failed: " + status);
			}
			else {
				leg.state = Leg.State.ENDED;
				this.legs.remove(leg.callId);
				leg.rtp.close();
			}
		}
	}

	/** A 200 for a leg we already gave up: acknowledge it and hang up at once. */
	private void lateAnswer(Dialog dialog, long cseq) {
		this.signalling.ack(dialog, cseq);
		try {
			Request bye = dialog.createRequest(Request.BYE);
			dialog.sendRequest(this.sip.provider().getNewClientTransaction(bye));
		}
		catch (SipException | RuntimeException ex) {
			log.debug("Could not hang up a late answer: {}", ex.toString());
		}
	}

	private void agentAnswered(Leg leg, ResponseEvent event, long cseq) {
		Dialog dialog = (event.getDialog() != null) ? event.getDialog() : leg.dialog;
		Call call = leg.call;
		if (leg.state == Leg.State.CONFIRMED) {
			this.signalling.ack(dialog, cseq);
			return;
		}
		if (leg.state != Leg.State.SETUP || call.ended || call.agent != null || !call.forks.contains(leg)) {
			leg.state = Leg.State.ENDED;
			this.legs.remove(leg.callId);
			leg.rtp.close();
			lateAnswer(dialog, cseq);
			return;
		}
		leg.dialog = dialog;
		this.signalling.ack(dialog, cseq);
		Optional<Sdp> answer = Sdp.parse(body(event.getResponse()));
		Optional<LegFormat> format = answer.flatMap(Sdp::choose);
		if (format.isEmpty()) {
			leg.state = Leg.State.CONFIRMED;
			this.signalling.bye(leg);
			leg.state = Leg.State.ENDED;
			this.actions.forkFailed(leg, "failed: no usable SDP answer");
			return;
		}
		leg.state = Leg.State.CONFIRMED;
		leg.format = format.get();
		leg.rtp.remote(answer.get().rtpAddress());
		call.forks.remove(leg);
		call.agent = leg;
		this.actions.cancelForks(call);
		call.media.agent(leg.rtp, format.get());
		this.actions.stopRingTimer(call);
		log.debug("Contact {}: agent {} answered", call.contactId, leg.agentId);
		if (call.extension != null) {
			this.actions.extensionAnswered(call);
		}
		else {
			this.link.submit(new Input.AgentAnswered(call.contactId, leg.agentId));
		}
	}

	@Override
	public void onTimeout(TimeoutEvent event) {
		if (event.isServerTransaction() || event.getClientTransaction() == null) {
			return;
		}
		Request request = event.getClientTransaction().getRequest();
		if (!Request.INVITE.equals(request.getMethod())) {
			return;
		}
		synchronized (this.lock) {
			Leg leg = this.legs.get(callId(request));
			if (leg != null && !leg.caller && leg.state == Leg.State.SETUP) {
				leg.state = Leg.State.ENDED;
				this.actions.forkFailed(leg, "unreachable");
			}
		}
	}

	/**
	 * Rings the agent at every registered contact at once (parallel forking): one leg
	 * with its own RTP endpoint per contact; the first to answer wins and the others are
	 * cancelled. Fails only when no INVITE could be sent; the caller is never at risk. An
	 * extension transfer rings the same way, with {@code extension:NUMBER} as the legs'
	 * agent id.
	 */
	void ringAgent(Call call, String agentId, java.util.List<String> targets, String extension) throws IOException {
		IOException last = null;
		for (String target : targets) {
			Leg leg = Leg.agent(call, this.signalling.newCallId(), agentId, transportOf(target));
			leg.rtp = this.media.open(call.caller.rtp);
			leg.format = call.caller.format;
			this.legs.put(leg.callId, leg);
			call.forks.add(leg);
			try {
				this.signalling.invite(leg, target, call.callerNumber, extension, this.signalling.sdp(leg));
			}
			catch (java.text.ParseException | SipException | javax.sip.InvalidArgumentException | RuntimeException ex) {
				last = new IOException("cannot INVITE " + target + ": " + ex.getMessage(), ex);
				leg.state = Leg.State.ENDED;
				call.forks.remove(leg);
				this.legs.remove(leg.callId);
				leg.rtp.close();
			}
		}
		if (call.forks.isEmpty()) {
			throw (last != null) ? last : new IOException("no contact to ring");
		}
	}

	private static String transportOf(String target) {
		return target.toLowerCase(java.util.Locale.ROOT).contains("transport=tcp") ? "tcp" : "udp";
	}

	static String callId(Request request) {
		return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
	}

	private static String transport(Request request) {
		ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
		return (via != null && via.getTransport() != null) ? via.getTransport().toLowerCase(java.util.Locale.ROOT)
				: "udp";
	}

	static String body(javax.sip.message.Message message) {
		byte[] raw = message.getRawContent();
		return (raw != null) ? new String(raw, java.nio.charset.StandardCharsets.UTF_8) : null;
	}

	/** The engine link, for {@link CallActions}. */
	ContactCenterLink link() {
		return this.link;
	}

	MediaSession mediaOf(Call call) {
		return call.media;
	}

	RtpEndpoint callerRtp(Call call) {
		return call.caller.rtp;
	}

}
