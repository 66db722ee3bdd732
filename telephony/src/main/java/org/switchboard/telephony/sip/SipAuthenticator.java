package org.switchboard.telephony.sip;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.SipException;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.auth.BruteForceGuard;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.auth.DigestCredentials;
import org.switchboard.telephony.auth.DigestVerifier;

/**
 * Challenges and verifies requests. RFC 3261 §22.2 (401 + WWW-Authenticate for a
 * registrar) and §22.3 (407 + Proxy-Authenticate for other requests); RFC 8760 §2.4: one
 * challenge per offered algorithm, most preferred first. Every failure answers 403 with
 * the same shape whether the user exists or not, and counts towards the source's ban.
 */
public final class SipAuthenticator {

	private static final Logger log = LoggerFactory.getLogger(SipAuthenticator.class);

	private final SipEndpoint sip;

	private final DigestVerifier verifier;

	private final BruteForceGuard guard;

	private final List<DigestAlgorithm> algorithms;

	public SipAuthenticator(SipEndpoint sip, DigestVerifier verifier, BruteForceGuard guard,
			List<DigestAlgorithm> algorithms) {
		this.algorithms = List.copyOf(algorithms);
		this.sip = sip;
		this.verifier = verifier;
		this.guard = guard;
	}

	/**
	 * The authenticated user of the request, or empty after answering it (challenge or
	 * 403).
	 */
	public Optional<String> authenticate(RequestEvent event) {
		Request request = event.getRequest();
		boolean registrar = Request.REGISTER.equals(request.getMethod());
		Optional<DigestCredentials> credentials = SipMessages.credentials(request, this.verifier.realm());
		if (credentials.isEmpty()) {
			challenge(event, registrar, false);
			return Optional.empty();
		}
		DigestCredentials c = credentials.get();
		switch (this.verifier.verify(c, request.getMethod())) {
			case OK:
				return Optional.of(c.username());
			case STALE:
				challenge(event, registrar, true);
				return Optional.empty();
			default:
				String source = SipMessages.source(request);
				log.info("Failed {} authentication for user '{}' from {}", request.getMethod(), c.username(), source);
				this.guard.recordFailure(source, c.username(), request.getMethod());
				SipMessages.reply(this.sip, event, Response.FORBIDDEN);
				return Optional.empty();
		}
	}

	/** Answers with a challenge without looking at credentials. */
	public void challenge(RequestEvent event, boolean registrar, boolean stale) {
		try {
			int status = registrar ? Response.UNAUTHORIZED : Response.PROXY_AUTHENTICATION_REQUIRED;
			Response response = this.sip.messages().createResponse(status, event.getRequest());
			SipMessages.tag(response);
			String nonce = this.verifier.nonces().issue();
			for (DigestAlgorithm algorithm : this.algorithms) {
				WWWAuthenticateHeader header = registrar ? this.sip.headers().createWWWAuthenticateHeader("Digest")
						: this.sip.headers().createProxyAuthenticateHeader("Digest");
				header.setRealm(this.verifier.realm());
				header.setNonce(nonce);
				header.setAlgorithm(algorithm.token());
				header.setQop("auth");
				if (stale) {
					header.setStale(true);
				}
				response.addHeader(header);
			}
			SipMessages.send(this.sip, event, response);
		}
		catch (ParseException | SipException | InvalidArgumentException ex) {
			log.debug("Could not challenge {}: {}", event.getRequest().getMethod(), ex.toString());
		}
	}

}
