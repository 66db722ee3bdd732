package org.switchboard.server.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.switchboard.server.account.AccountService;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user with a temporary password has chosen a new one, pages redirect to the
 * password form and APIs answer 403 (except the password-change API itself).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String FORM = "/account/password";

	private static final List<String> ALLOWED = List.of(FORM, "/api/me/password", "/logout", "/css/", "/js/",
			"/webjars/", "/error", "/favicon.ico", "/actuator/");

	private final AccountService accounts;

	private final ProblemResponses problems;

	PasswordChangeRequiredFilter(AccountService accounts, ProblemResponses problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || ALLOWED.stream().anyMatch(path::startsWith)
				|| !this.accounts.mustChangePassword(authentication.getName())) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired");
			return;
		}
		response.sendRedirect(request.getContextPath() + FORM);
	}

}
