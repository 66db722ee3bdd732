package org.switchboard.server.agentstate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.agentstate.ExtensionBindings.ExtensionTakenException;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.contactcenter.ConfiguredExtensions;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.sip.SipServer;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.Extension;
import org.switchboard.telephony.ExtensionDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Logging an agent in and out with the extension they work at (hot-desking): the
 * extension asked for, or else the configured one, must exist, be enabled and not be
 * taken by another logged-in agent. Used by the desk and by {@code PUT
 * /api/agents/{jobNumber}/state}.
 */
@Service
public class AgentLogins {

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private final ExtensionBindings bindings;

	private final ConfiguredExtensions configured;

	private final ExtensionDirectory directory;

	private final AgentBinding binding;

	private final EngineHost engine;

	private final ObjectProvider<SipServer> sip;

	AgentLogins(ExtensionBindings bindings, ConfiguredExtensions configured, ExtensionDirectory directory,
			AgentBinding binding, EngineHost engine, ObjectProvider<SipServer> sip) {
		this.bindings = bindings;
		this.configured = configured;
		this.directory = directory;
		this.binding = binding;
		this.engine = engine;
		this.sip = sip;
	}

	/**
	 * Brings {@code current} to a logged-in state if it is logged out, binding
	 * {@code requested} (blank: the configured extension; none configured: no phone). An
	 * agent already logged in keeps their extension and may not ask for another.
	 * @throws ApiException naming the field {@code extension} when it cannot be bound
	 */
	public void logInIfNeeded(AgentView current, String requested, String actor) {
		String asked = (requested != null && !requested.isBlank()) ? requested.strip() : null;
		if (current.state() != AgentStateName.LOGGED_OUT) {
			Optional<String> bound = this.binding.extensionOf(current.id());
			if (asked != null && !bound.equals(Optional.of(asked))) {
				throw ApiException.conflict("extension", "agentState.extension.loggedIn", current.id(),
						bound.orElse("-"));
			}
			return;
		}
		String wanted = (asked != null) ? asked : this.configured.configuredExtensionOf(current.id()).orElse(null);
		if (wanted != null) {
			requireBindable(current.id(), wanted);
		}
		try {
			this.bindings.logIn(current.id(), wanted, actor);
		}
		catch (ExtensionTakenException ex) {
			throw ApiException.conflict("extension", "agentState.extension.taken", wanted, ex.holder());
		}
	}

	private void requireBindable(String agentId, String extension) {
		Extension found = this.directory.find(extension)
			.orElseThrow(() -> ApiException.invalid("extension", "agentState.extension.unknown", extension));
		if (!found.enabled()) {
			throw ApiException.invalid("extension", "agentState.extension.disabled", extension);
		}
		Optional<String> holder = this.binding.agentAt(extension).filter((other) -> !other.equals(agentId));
		if (holder.isPresent()
				&& (this.bindings.extensionBoundTo(holder.get()).isPresent() || loggedIn(holder.get()))) {
			throw ApiException.conflict("extension", "agentState.extension.taken", extension, holder.get());
		}
	}

	/** Logs {@code agentId} out; their extension is free at once. */
	public void logOut(String agentId, String actor) {
		this.engine.submit(new Input.AgentLogout(agentId));
		this.bindings.unbind(agentId, actor);
	}

	/** What the desk shows about the agent's phone. */
	public PhoneStatus phone(String agentId) {
		String configuredExtension = this.configured.configuredExtensionOf(agentId).orElse(null);
		String shown = this.binding.extensionOf(agentId).orElse(null);
		return new PhoneStatus(shown, configuredExtension, (shown != null) ? registered(shown) : null,
				this.configured.extensionNumbers());
	}

	private Boolean registered(String extension) {
		SipServer server = this.sip.getIfAvailable();
		if (server == null) {
			return null;
		}
		return server.telephony().map((running) -> !running.locations().contactsOf(extension).isEmpty()).orElse(null);
	}

	private boolean loggedIn(String agentId) {
		try {
			return this.engine.agent(agentId)
				.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.map((view) -> view.state() != AgentStateName.LOGGED_OUT)
				.orElse(false);
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
	 * The agent's phone as the desk shows it.
	 *
	 * @param extension the extension the agent's calls ring now (bound at login, else the
	 * configured one unless another agent holds it), or null
	 * @param configured the configured (default) extension, or null
	 * @param registered whether a phone is registered at {@code extension}; null when
	 * unknown (no extension, or SIP is not running)
	 * @param extensions the extensions there are to choose from
	 */
	public record PhoneStatus(String extension, String configured, Boolean registered, List<String> extensions) {
	}

}
