package org.switchboard.telephony.registrar;

import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;

import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.sip.SipAuthenticator;
import org.switchboard.telephony.sip.SipEndpoint;
import org.switchboard.telephony.sip.SipMessages;

/**
 * The registrar (RFC 3261 §10.3): authenticates REGISTER, adds, refreshes and removes
 * contacts of the authenticated extension, and answers with all current contacts.
 */
public final class Registrar {

	private static final Logger log = LoggerFactory.getLogger(Registrar.class);

	/** Expiry granted when the phone asks for none (RFC 3261 §10.2.1.1 suggests 3600). */
	static final Duration DEFAULT_EXPIRY = Duration.ofHours(1);

	/** Longest expiry granted; shorter keeps stale contacts from lingering. */
	static final Duration MAX_EXPIRY = Duration.ofHours(1);

	/** RFC 3261 §10.3 step 5: the registrar may answer 423 below its minimum. */
	static final Duration MIN_EXPIRY = Duration.ofSeconds(30);

	private final SipEndpoint sip;

	private final SipAuthenticator authenticator;

	private final Locations locations;

	public Registrar(SipEndpoint sip, SipAuthenticator authenticator, Locations locations) {
		this.sip = sip;
		this.authenticator = authenticator;
		this.locations = locations;
	}

	public void onRegister(RequestEvent event) {
		Request request = event.getRequest();
		ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
		Optional<String> aor = SipMessages.user(to.getAddress().getURI());
		Optional<String> user = this.authenticator.authenticate(event);
		if (user.isEmpty()) {
			return;
		}
		if (aor.isEmpty() || !aor.get().equals(user.get())) {
			// RFC 3261 §10.3 step 3: the authenticated user may not bind another AOR.
			SipMessages.reply(this.sip, event, Response.FORBIDDEN);
			return;
		}
		try {
			int status = update(user.get(), request, SipMessages.source(request));
			if (status != Response.OK) {
				SipMessages.reply(this.sip, event, status);
				return;
			}
			Response response = this.sip.messages().createResponse(Response.OK, request);
			SipMessages.tag(response);
			for (Binding binding : this.locations.contactsOf(user.get())) {
				Address address = this.sip.addresses().createAddress(binding.contact());
				ContactHeader contact = this.sip.headers().createContactHeader(address);
				contact.setExpires(
						(int) Math.max(0, Duration.between(this.locations.now(), binding.expires()).toSeconds()));
				response.addHeader(contact);
			}
			SipMessages.send(this.sip, event, response);
		}
		catch (ParseException ex) {
			SipMessages.reply(this.sip, event, Response.BAD_REQUEST);
		}
		catch (SipException | InvalidArgumentException ex) {
			log.debug("Could not answer REGISTER of {}: {}", user.get(), ex.toString());
		}
	}

	private int update(String extension, Request request, String source) {
		ExpiresHeader expiresHeader = request.getExpires();
		String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
		long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
		List<ContactHeader> contacts = new ArrayList<>();
		ListIterator<?> headers = request.getHeaders(ContactHeader.NAME);
		while (headers != null && headers.hasNext()) {
			contacts.add((ContactHeader) headers.next());
		}
		Map<String, Binding> bindings = this.locations.bindingsOf(extension);
		synchronized (bindings) {
			if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
				// RFC 3261 §10.3 step 6: "*" only with Expires: 0 and no other contact.
				if (contacts.size() != 1 || expiresHeader == null || expiresHeader.getExpires() != 0) {
					return Response.BAD_REQUEST;
				}
				this.locations.clear(bindings, extension);
				log.info("Extension {} unregistered all contacts", extension);
				return Response.OK;
			}
			for (ContactHeader contact : contacts) {
				long asked = (contact.getExpires() >= 0) ? contact.getExpires()
						: (expiresHeader != null) ? expiresHeader.getExpires() : DEFAULT_EXPIRY.toSeconds();
				if (asked > 0 && asked < MIN_EXPIRY.toSeconds()) {
					return Response.INTERVAL_TOO_BRIEF;
				}
				String uri = contact.getAddress().getURI().toString();
				Binding existing = bindings.get(uri);
				if (existing != null && existing.callId().equals(callId) && existing.cseq() >= cseq) {
					continue;
				}
				if (asked == 0) {
					this.locations.remove(bindings, extension, uri);
					log.info("Extension {} removed contact {}", extension, uri);
					continue;
				}
				long granted = Math.min(asked, MAX_EXPIRY.toSeconds());
				this.locations.put(bindings,
						new Binding(extension, uri, this.locations.now().plusSeconds(granted), callId, cseq, source));
				log.info("Extension {} registered contact {} for {} s", extension, uri, granted);
			}
			return Response.OK;
		}
	}

}
