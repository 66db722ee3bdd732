package org.switchboard.server.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.ApiTokenService;
import org.switchboard.server.account.UserAccount;
import org.switchboard.server.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer sbt_…} personal API tokens. A request with
 * an unknown token is answered 401 (and audited) rather than passed on anonymously.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokenService tokens;

	private final AccountService accounts;

	private final AuditLog audit;

	private final ProblemResponses problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, AccountService accounts, AuditLog audit,
			ProblemResponses problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> user = this.tokens.authenticateToken(header.substring(PREFIX.length()).strip());
		if (user.isEmpty()) {
			this.audit.recordEvent(null, "TOKEN_REJECTED", null, request.getRemoteAddr());
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.badToken");
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(user.get().jobNumber(), null, this.accounts.authoritiesOf(user.get()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
