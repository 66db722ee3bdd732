package org.switchboard.server.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.UserAccount;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the stored account on every authenticated request: a session whose user has
 * since been disabled or locked ends at once; until a user with a temporary password has
 * chosen a new one, pages redirect to the password form and APIs answer 403 (except the
 * password-change API itself).
 */
class AccountStateFilter extends OncePerRequestFilter {

	static final String FORM = "/account/password";

	private static final List<String> ALWAYS_ALLOWED = List.of("/css/", "/js/", "/webjars/", "/error", "/favicon.ico",
			"/actuator/", "/login");

	private static final List<String> ALLOWED_BEFORE_CHANGE = List.of(FORM, "/api/me/password", "/logout");

	private final AccountService accounts;

	private final ProblemResponses problems;

	AccountStateFilter(AccountService accounts, ProblemResponses problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || startsWithAny(path, ALWAYS_ALLOWED)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> user = this.accounts.findUser(authentication.getName());
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!user.get().enabled() || this.accounts.isLocked(user.get())) {
			endSession(request);
			if (path.startsWith("/api/")) {
				this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login");
			}
			return;
		}
		if (!user.get().mustChangePassword() || startsWithAny(path, ALLOWED_BEFORE_CHANGE)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired");
			return;
		}
		response.sendRedirect(request.getContextPath() + FORM);
	}

	private static boolean startsWithAny(String path, List<String> prefixes) {
		return prefixes.stream().anyMatch(path::startsWith);
	}

	private static void endSession(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
