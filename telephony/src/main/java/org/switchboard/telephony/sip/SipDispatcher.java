package org.switchboard.telephony.sip;

import java.text.ParseException;
import java.util.ListIterator;
import java.util.Set;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.URI;
import javax.sip.header.AllowHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.UnsupportedHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.message.SIPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.auth.BruteForceGuard;
import org.switchboard.telephony.registrar.Registrar;

/**
 * First stop of every SIP message: drops traffic from banned sources, applies the request
 * checks of RFC 3261 §8.2 (416 unsupported URI scheme, 420 bad extension, 415 unsupported
 * media type, 405 unknown method), refuses other SIP versions with 505 and requests that
 * repeat a single-valued header with 400, answers OPTIONS keep-alives, and hands REGISTER
 * to the registrar and the rest to the dialog handler. The stack itself answers
 * unparseable requests with 400 (RFC 4475 §3.1.2) and keeps serving.
 */
public final class SipDispatcher implements SipListener {

	private static final Logger log = LoggerFactory.getLogger(SipDispatcher.class);

	/** Methods Switchboard handles, as advertised in Allow. */
	public static final String ALLOWED = "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, INFO";

	private static final Set<String> METHODS = Set.of(Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL,
			Request.OPTIONS, Request.REGISTER, Request.INFO);

	private SipEndpoint sip;

	private Registrar registrar;

	private DialogHandler dialogs;

	private BruteForceGuard guard;

	/** Wires the handlers; called once after the endpoint is up. */
	public void wire(SipEndpoint sip, Registrar registrar, DialogHandler dialogs, BruteForceGuard guard) {
		this.sip = sip;
		this.registrar = registrar;
		this.dialogs = dialogs;
		this.guard = guard;
	}

	@Override
	public void processRequest(RequestEvent event) {
		Request request = event.getRequest();
		log.debug("{} {} from {}", request.getMethod(), request.getRequestURI(), SipMessages.source(request));
		if (this.sip == null || this.guard.isBanned(SipMessages.source(request))) {
			return;
		}
		try {
			dispatch(event, request);
		}
		catch (RuntimeException ex) {
			log.warn("Failed handling {} from {}", request.getMethod(), SipMessages.source(request), ex);
			if (!Request.ACK.equals(request.getMethod())) {
				SipMessages.reply(this.sip, event, Response.SERVER_INTERNAL_ERROR);
			}
		}
	}

	private void dispatch(RequestEvent event, Request request) {
		String method = request.getMethod();
		if (!METHODS.contains(method)) {
			replyWithAllow(event, Response.METHOD_NOT_ALLOWED);
			return;
		}
		String refusal = refusal(request);
		if (refusal != null) {
			log.debug("Refusing {} from {}: {}", method, SipMessages.source(request), refusal);
			if (!Request.ACK.equals(method)) {
				SipMessages.reply(this.sip, event,
						refusal.startsWith("505") ? Response.VERSION_NOT_SUPPORTED : Response.BAD_REQUEST);
			}
			return;
		}
		if (Request.ACK.equals(method) || Request.CANCEL.equals(method)) {
			this.dialogs.onRequest(event);
			return;
		}
		if (!isSupportedScheme(request.getRequestURI())) {
			SipMessages.reply(this.sip, event, Response.UNSUPPORTED_URI_SCHEME);
			return;
		}
		String unsupported = unsupportedRequirement(request);
		if (unsupported != null) {
			replyUnsupported(event, unsupported);
			return;
		}
		ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
		if (Request.INVITE.equals(method) && request.getRawContent() != null && request.getRawContent().length > 0
				&& (type == null || !"application".equalsIgnoreCase(type.getContentType())
						|| !"sdp".equalsIgnoreCase(type.getContentSubType()))) {
			SipMessages.reply(this.sip, event, Response.UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		switch (method) {
			case Request.REGISTER -> this.registrar.onRegister(event);
			case Request.OPTIONS -> replyWithAllow(event, Response.OK);
			default -> this.dialogs.onRequest(event);
		}
	}

	/**
	 * What {@link CheckingMessageParserFactory} found wrong with the raw request, or
	 * null.
	 */
	static String refusal(Request request) {
		if (!(request instanceof SIPMessage message) || message.getUnrecognizedHeaders() == null) {
			return null;
		}
		ListIterator<String> unparsed = message.getUnrecognizedHeaders();
		while (unparsed.hasNext()) {
			String line = unparsed.next();
			if (line.regionMatches(true, 0, CheckingMessageParserFactory.REFUSAL + ":", 0,
					CheckingMessageParserFactory.REFUSAL.length() + 1)) {
				return line.substring(CheckingMessageParserFactory.REFUSAL.length() + 1).trim();
			}
		}
		return null;
	}

	static boolean isSupportedScheme(URI uri) {
		return uri != null && ("sip".equalsIgnoreCase(uri.getScheme()) || "sips".equalsIgnoreCase(uri.getScheme()));
	}

	private static String unsupportedRequirement(Request request) {
		ListIterator<?> requires = request.getHeaders(RequireHeader.NAME);
		while (requires != null && requires.hasNext()) {
			String tag = ((RequireHeader) requires.next()).getOptionTag();
			if (tag != null && !tag.isBlank()) {
				return tag;
			}
		}
		return null;
	}

	private void replyUnsupported(RequestEvent event, String tag) {
		try {
			Response response = this.sip.messages().createResponse(Response.BAD_EXTENSION, event.getRequest());
			SipMessages.tag(response);
			UnsupportedHeader header = this.sip.headers().createUnsupportedHeader(tag);
			response.addHeader(header);
			SipMessages.send(this.sip, event, response);
		}
		catch (ParseException | SipException | InvalidArgumentException ex) {
			log.debug("Could not answer 420: {}", ex.toString());
		}
	}

	private void replyWithAllow(RequestEvent event, int status) {
		try {
			Response response = this.sip.messages().createResponse(status, event.getRequest());
			SipMessages.tag(response);
			AllowHeader allow = this.sip.headers().createAllowHeader(ALLOWED);
			response.addHeader(allow);
			SipMessages.send(this.sip, event, response);
		}
		catch (ParseException | SipException | InvalidArgumentException ex) {
			log.debug("Could not answer {} with {}: {}", event.getRequest().getMethod(), status, ex.toString());
		}
	}

	@Override
	public void processResponse(ResponseEvent event) {
		if (this.dialogs != null) {
			this.dialogs.onResponse(event);
		}
	}

	@Override
	public void processTimeout(TimeoutEvent event) {
		if (this.dialogs != null) {
			this.dialogs.onTimeout(event);
		}
	}

	@Override
	public void processIOException(IOExceptionEvent event) {
		log.debug("SIP I/O error towards {}:{} ({})", event.getHost(), event.getPort(), event.getTransport());
	}

	@Override
	public void processTransactionTerminated(TransactionTerminatedEvent event) {
	}

	@Override
	public void processDialogTerminated(DialogTerminatedEvent event) {
	}

}
