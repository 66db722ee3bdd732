package org.switchboard.telephony.sip;

import java.text.ParseException;
import java.util.ListIterator;
import java.util.Optional;

import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.message.SIPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.auth.DigestCredentials;

/** Small helpers over JAIN-SIP messages shared by the registrar and the B2BUA. */
public final class SipMessages {

	private static final Logger log = LoggerFactory.getLogger(SipMessages.class);

	private SipMessages() {
	}

	/** The IP address the request came from (the packet's source, not its Via). */
	public static String source(Request request) {
		if (request instanceof SIPMessage message && message.getRemoteAddress() != null) {
			return message.getRemoteAddress().getHostAddress();
		}
		return "unknown";
	}

	/** The user part of a SIP URI, or empty for other schemes. */
	public static Optional<String> user(URI uri) {
		if (uri instanceof SipURI sip && sip.getUser() != null) {
			return Optional.of(sip.getUser());
		}
		return Optional.empty();
	}

	/** Digest credentials of an Authorization or Proxy-Authorization header, if any. */
	public static Optional<DigestCredentials> credentials(Request request, String realm) {
		for (String name : new String[] { AuthorizationHeader.NAME, ProxyAuthorizationHeader.NAME }) {
			ListIterator<?> values = request.getHeaders(name);
			while (values != null && values.hasNext()) {
				Object header = values.next();
				if (header instanceof AuthorizationHeader auth && "Digest".equalsIgnoreCase(auth.getScheme())
						&& (realm.equals(auth.getRealm()) || !values.hasNext())) {
					return Optional.of(new DigestCredentials(auth.getUsername(), auth.getRealm(), auth.getNonce(),
							auth.getParameter("uri"), auth.getResponse(), auth.getAlgorithm(), auth.getQop(),
							auth.getParameter("nc"), auth.getCNonce()));
				}
			}
		}
		return Optional.empty();
	}

	/** The server transaction of a request, created if the stack has none yet. */
	public static ServerTransaction serverTransaction(SipProvider provider, RequestEvent event) throws SipException {
		ServerTransaction transaction = event.getServerTransaction();
		return (transaction != null) ? transaction : provider.getNewServerTransaction(event.getRequest());
	}

	/**
	 * Answers a request statelessly-in-transaction with a bare status; adds a To tag so
	 * that final responses are well formed. Failures are logged, not thrown: a lost
	 * response is retransmitted by the client.
	 */
	public static void reply(SipEndpoint sip, RequestEvent event, int status) {
		try {
			Response response = sip.messages().createResponse(status, event.getRequest());
			tag(response);
			send(sip, event, response);
		}
		catch (ParseException | SipException | InvalidArgumentException | RuntimeException ex) {
			log.debug("Could not answer {} with {}: {}", event.getRequest().getMethod(), status, ex.toString());
		}
	}

	public static void send(SipEndpoint sip, RequestEvent event, Response response)
			throws SipException, InvalidArgumentException {
		ServerTransaction transaction = event.getServerTransaction();
		if (transaction != null) {
			transaction.sendResponse(response);
		}
		else if (!Request.ACK.equals(event.getRequest().getMethod())) {
			try {
				serverTransaction(sip.provider(), event).sendResponse(response);
			}
			catch (SipException ex) {
				sip.provider().sendResponse(response);
			}
		}
	}

	public static void tag(Response response) throws ParseException {
		ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
		if (to != null && to.getTag() == null && response.getStatusCode() >= 200) {
			to.setTag(Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
		}
	}

}
