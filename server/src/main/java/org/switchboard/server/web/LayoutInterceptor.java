package org.switchboard.server.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.UserAccount;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the logged-in user ({@code me}) into every rendered page's model for the shared
 * layout; JSON responses and redirects are left alone.
 */
class LayoutInterceptor implements HandlerInterceptor {

	private final AccountService accounts;

	LayoutInterceptor(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		modelAndView.addObject("me", currentUser(SecurityContextHolder.getContext().getAuthentication()));
	}

	CurrentUser currentUser(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		String name = this.accounts.findUser(authentication.getName())
			.map(UserAccount::displayName)
			.orElse(authentication.getName());
		return new CurrentUser(authentication.getName(), name, authorities);
	}

}
