package org.switchboard.server.agentstate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.contactcenter.LoggedInExtensions;
import org.switchboard.server.engine.EngineHost;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live agent ↔ extension bindings of hot-desking: an agent binds an extension when
 * logging in and loses it when logged out, however that happened (desk, REST, a
 * supervisor's force logout, the phone). Stored in {@code agent_extension_binding} so
 * that agents the journal restores as logged in keep their phone after a restart; read
 * from memory, because the B2BUA asks on every call.
 * <p>
 * A binding is dropped only once the engine itself says the agent is logged out, and only
 * if nobody bound again since the question was asked: {@link #logIn} binds and hands the
 * engine its login under the same lock under which that question is queued.
 */
@Component
public class ExtensionBindings implements LoggedInExtensions, SmartLifecycle {

	/** Starts once the engine has restored its agents from the journal. */
	static final int PHASE = EngineHost.PHASE + 2;

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ExtensionBindings.class);

	private final JdbcTemplate jdbc;

	private final EngineHost engine;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, Binding> byAgent = new ConcurrentHashMap<>();

	private final AtomicLong generations = new AtomicLong();

	private final Object lock = new Object();

	private volatile ExecutorService checking;

	ExtensionBindings(JdbcTemplate jdbc, EngineHost engine, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.audit = audit;
		this.clock = clock;
		this.jdbc.query("select agent_id, extension from agent_extension_binding", (row) -> {
			this.byAgent.put(row.getString(1), new Binding(row.getString(2), this.generations.incrementAndGet()));
		});
		engine.addListener((event) -> {
			if (event instanceof AgentStateChanged changed && changed.to() == AgentStateName.LOGGED_OUT) {
				checkLater(changed.agentId());
			}
		});
	}

	@Override
	public Optional<String> extensionBoundTo(String agentId) {
		return Optional.ofNullable(this.byAgent.get(agentId)).map(Binding::extension);
	}

	@Override
	public Optional<String> agentBoundAt(String extension) {
		return this.byAgent.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().extension().equals(extension))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * Binds {@code extension} (or nothing, if null) to {@code agentId} and hands the
	 * engine the agent's login, as one step against a concurrent unbinding.
	 * @throws ExtensionTakenException if another agent holds the extension
	 */
	void logIn(String agentId, String extension, String actor) {
		synchronized (this.lock) {
			if (extension != null) {
				bind(agentId, extension, actor);
			}
			try {
				this.engine.submit(new Input.AgentLogin(agentId));
			}
			catch (RuntimeException ex) {
				unbind(agentId, actor);
				throw ex;
			}
		}
	}

	private void bind(String agentId, String extension, String actor) {
		Optional<String> holder = agentBoundAt(extension).filter((other) -> !other.equals(agentId));
		if (holder.isPresent()) {
			throw new ExtensionTakenException(extension, holder.get());
		}
		Binding before = this.byAgent.get(agentId);
		if (before != null && before.extension().equals(extension)) {
			return;
		}
		this.jdbc.update("delete from agent_extension_binding where agent_id = ?", agentId);
		this.jdbc.update(
				"insert into agent_extension_binding (agent_id, extension, bound_at, bound_by) values (?, ?, ?, ?)",
				agentId, extension, Timestamp.from(this.clock.instant()), actor);
		this.byAgent.put(agentId, new Binding(extension, this.generations.incrementAndGet()));
		this.audit.recordChange(actor, "EXTENSION_BOUND", "agent " + agentId,
				(before != null) ? Map.of("extension", before.extension()) : null, Map.of("extension", extension));
		log.info("Agent {} works at extension {} now (bound by {})", agentId, extension, actor);
	}

	/** Drops {@code agentId}'s binding at once (a logout asked for through the web). */
	void unbind(String agentId, String actor) {
		synchronized (this.lock) {
			Binding binding = this.byAgent.get(agentId);
			if (binding != null) {
				unbindIf(agentId, binding.generation(), actor);
			}
		}
	}

	private void unbindIf(String agentId, long generation, String actor) {
		synchronized (this.lock) {
			Binding binding = this.byAgent.get(agentId);
			if (binding == null || binding.generation() != generation) {
				return;
			}
			this.byAgent.remove(agentId);
			this.jdbc.update("delete from agent_extension_binding where agent_id = ?", agentId);
			this.audit.recordChange(actor, "EXTENSION_UNBOUND", "agent " + agentId,
					Map.of("extension", binding.extension()), null);
			log.info("Agent {} no longer works at extension {}", agentId, binding.extension());
		}
	}

	private void checkLater(String agentId) {
		ExecutorService running = this.checking;
		if (running != null && this.byAgent.containsKey(agentId)) {
			running.execute(() -> dropIfLoggedOut(agentId));
		}
	}

	/**
	 * Asks the engine (behind any login already handed to it) and drops if logged out.
	 */
	private void dropIfLoggedOut(String agentId) {
		long generation;
		CompletableFuture<Optional<AgentView>> answer;
		synchronized (this.lock) {
			Binding binding = this.byAgent.get(agentId);
			if (binding == null) {
				return;
			}
			generation = binding.generation();
			answer = this.engine.agent(agentId);
		}
		try {
			Optional<AgentView> agent = answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (agent.isEmpty() || agent.get().state() == AgentStateName.LOGGED_OUT) {
				unbindIf(agentId, generation, "system");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			log.warn("Could not learn whether agent {} is logged out; binding kept", agentId, ex);
		}
	}

	/**
	 * Drops the bindings of agents the engine did not restore as logged in (a logout the
	 * process did not live to store).
	 */
	@Override
	public void start() {
		this.checking = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "extension-bindings");
			thread.setDaemon(true);
			return thread;
		});
		this.byAgent.keySet().forEach((agentId) -> this.checking.execute(() -> dropIfLoggedOut(agentId)));
	}

	@Override
	public void stop() {
		ExecutorService running = this.checking;
		this.checking = null;
		if (running != null) {
			running.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.checking != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private record Binding(String extension, long generation) {
	}

	/** Another agent is logged in at the extension asked for. */
	static final class ExtensionTakenException extends RuntimeException {

		private final String holder;

		ExtensionTakenException(String extension, String holder) {
			super("extension " + extension + " is bound to agent " + holder);
			this.holder = holder;
		}

		String holder() {
			return this.holder;
		}

	}

}
