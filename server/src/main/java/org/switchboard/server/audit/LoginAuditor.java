package org.switchboard.server.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records every login, successful or not, with the client's address. */
@Component
class LoginAuditor {

	private final AuditLog audit;

	LoginAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.audit.recordEvent(authentication.getName(), "LOGIN_SUCCESS", authentication.getName(),
				address(authentication));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		String reason = event.getException().getClass().getSimpleName().replace("Exception", "");
		this.audit.recordEvent(authentication.getName(), "LOGIN_FAILURE", reason, address(authentication));
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
