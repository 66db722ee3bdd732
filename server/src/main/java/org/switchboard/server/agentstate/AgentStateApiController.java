package org.switchboard.server.agentstate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.account.Permission;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.engine.EngineHost;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agent's state as the engine sees it, and the agent's (or a supervisor's) request to
 * change it: READY or NOT_READY (logging in first if needed, binding an extension) or
 * LOGGED_OUT (unbinding it). Only the agent themself or a user with SUPERVISE may do so.
 */
@RestController
@RequestMapping("/api/agents/{jobNumber}/state")
class AgentStateApiController {

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private final EngineHost engine;

	private final AgentLogins logins;

	AgentStateApiController(EngineHost engine, AgentLogins logins) {
		this.engine = engine;
		this.logins = logins;
	}

	@GetMapping
	AgentView state(@PathVariable String jobNumber, Authentication user) {
		allowed(jobNumber, user);
		return view(jobNumber);
	}

	@PutMapping
	@Operation(summary = "Go READY or NOT_READY (logging in first, at the extension given or the configured one)"
			+ " or LOGGED_OUT (freeing the extension)")
	AgentView change(@PathVariable String jobNumber, @Valid @RequestBody StateRequest request, Authentication user) {
		allowed(jobNumber, user);
		AgentView current = view(jobNumber);
		if (request.state() == AgentStateName.NOT_READY && (request.reason() == null || request.reason().isBlank())) {
			throw ApiException.invalid("reason", "agentState.reasonRequired");
		}
		switch (request.state()) {
			case READY, NOT_READY -> {
				this.logins.logInIfNeeded(current, request.extension(), user.getName());
				this.engine.submit((request.state() == AgentStateName.READY) ? new Input.AgentReady(jobNumber)
						: new Input.AgentNotReady(jobNumber, request.reason().strip()));
			}
			case LOGGED_OUT -> this.logins.logOut(jobNumber, user.getName());
			default -> throw ApiException.invalid("state", "agentState.unsupported", request.state());
		}
		return view(jobNumber);
	}

	private static void allowed(String jobNumber, Authentication user) {
		boolean supervisor = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> Permission.SUPERVISE.authority().equals(authority.getAuthority()));
		if (!supervisor && !jobNumber.equals(user.getName())) {
			throw new ApiException(HttpStatus.FORBIDDEN, null, "agentState.forbidden", jobNumber);
		}
	}

	private AgentView view(String jobNumber) {
		try {
			return this.engine.agent(jobNumber)
				.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.orElseThrow(() -> ApiException.notFound("agentState.notFound", jobNumber));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "agentState.engineBusy");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "agentState.engineBusy");
		}
	}

	/**
	 * The wanted state: READY, NOT_READY (with a reason code) or LOGGED_OUT.
	 *
	 * @param state the wanted state
	 * @param reason the not-ready reason code (required for NOT_READY)
	 * @param extension the extension to work at when this request logs the agent in
	 * (default: the agent's configured extension); must exist, be enabled and not be
	 * taken by another logged-in agent
	 */
	record StateRequest(@NotNull AgentStateName state, @Size(max = 100) String reason,
			@Schema(description = "Extension to bind when this request logs the agent in; default: the agent's"
					+ " configured extension. 400 if it does not exist, 409 if another logged-in agent holds it"
					+ " or the agent is already logged in at another one.",
					example = "1001") @Size(max = 32) String extension) {
	}

}
