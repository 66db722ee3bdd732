package org.switchboard.server.security;

import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.ApiTokenService;
import org.switchboard.server.account.Permission;
import org.switchboard.server.audit.AuditLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security filter chain: every page and API needs a login unless listed here, admin
 * areas need the matching permission, {@code /api/**} answers 401/403 as problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts, ApiTokenService tokens,
			AuditLog audit, ProblemResponses problems) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/audit/**", "/api/audit/**")
			.hasAuthority(Permission.AUDIT_READ.authority())
			.requestMatchers("/api/config/**")
			.hasAuthority(Permission.CONFIGURE.authority())
			.requestMatchers("/api/agents/*/state")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/agents")
			.hasAnyAuthority(Permission.CONFIGURE.authority(), Permission.SUPERVISE.authority())
			.requestMatchers("/api/agents/**", "/api/queues/**", "/api/extensions/**", "/api/ivrs/**",
					"/api/inbound-routes/**", "/api/calendars/**")
			.hasAuthority(Permission.CONFIGURE.authority())
			.requestMatchers("/admin/center", "/admin/center/**")
			.hasAuthority(Permission.CONFIGURE.authority())
			.requestMatchers("/admin/**", "/api/users/**", "/api/departments/**", "/api/roles/**")
			.hasAuthority(Permission.USER_ADMIN.authority())
			.requestMatchers("/live/wallboard", "/supervisor/**", "/api/supervisor/**")
			.hasAuthority(Permission.SUPERVISE.authority())
			.requestMatchers("/live/agent", "/desk/**", "/api/desk/**")
			.hasAuthority(Permission.AGENT_DESK.authority())
			.requestMatchers("/recordings/**", "/api/recordings/**")
			.hasAnyAuthority(Permission.RECORDINGS.authority(), Permission.AGENT_DESK.authority())
			.requestMatchers("/customers/**", "/api/customers/**")
			.hasAnyAuthority(Permission.AGENT_DESK.authority(), Permission.SUPERVISE.authority())
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.httpBasic((basic) -> basic.realmName("Switchboard").authenticationEntryPoint(problems));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
				(request, response, ex) -> (api.matches(request) ? problems : login).commence(request, response, ex))
			.accessDeniedHandler((request, response, ex) -> (api.matches(request) ? problems : errorPage)
				.handle(request, response, ex)));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(api));
		http.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, audit, problems),
				BasicAuthenticationFilter.class);
		http.addFilterAfter(new AccountStateFilter(accounts, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/** Publishes login successes and failures for the audit log and the lock-out. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
