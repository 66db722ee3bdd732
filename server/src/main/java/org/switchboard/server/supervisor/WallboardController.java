package org.switchboard.server.supervisor;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.engine.EngineHost;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The wallboard page and the supervisor's actions on an agent: force not ready (reason
 * {@value #FORCED_REASON}) and force logout, each handed to the engine and written to the
 * audit log with the state before.
 */
@Controller
class WallboardController {

	static final String FORCED_REASON = "supervisor";

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private final EngineHost engine;

	private final AuditLog audit;

	WallboardController(EngineHost engine, AuditLog audit) {
		this.engine = engine;
		this.audit = audit;
	}

	@GetMapping("/supervisor/wallboard")
	String wallboard() {
		return "supervisor/wallboard";
	}

	@PostMapping("/api/supervisor/agents/{agentId}/not-ready")
	@ResponseBody
	ForcedChange forceNotReady(@PathVariable String agentId, Principal user) {
		AgentView before = agent(agentId);
		if (before.state() == AgentStateName.LOGGED_OUT) {
			throw new ApiException(HttpStatus.CONFLICT, null, "wallboard.agentLoggedOut", agentId);
		}
		this.engine.submit(new Input.AgentNotReady(agentId, FORCED_REASON));
		return audited(user, "AGENT_FORCED_NOT_READY", before, AgentStateName.NOT_READY);
	}

	@PostMapping("/api/supervisor/agents/{agentId}/logout")
	@ResponseBody
	ForcedChange forceLogout(@PathVariable String agentId, Principal user) {
		AgentView before = agent(agentId);
		this.engine.submit(new Input.AgentLogout(agentId));
		return audited(user, "AGENT_FORCED_LOGOUT", before, AgentStateName.LOGGED_OUT);
	}

	private ForcedChange audited(Principal user, String action, AgentView before, AgentStateName wanted) {
		this.audit.recordChange(user.getName(), action, before.id(), before.state().name(), wanted.name());
		return new ForcedChange(before.id(), before.state().name(), wanted.name());
	}

	private AgentView agent(String agentId) {
		try {
			Optional<AgentView> view = this.engine.agent(agentId).get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return view.orElseThrow(() -> ApiException.notFound("agentState.notFound", agentId));
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
	 * What the supervisor asked for.
	 *
	 * @param agentId the agent
	 * @param before the state before
	 * @param requested the state asked for
	 */
	record ForcedChange(String agentId, String before, String requested) {
	}

}
