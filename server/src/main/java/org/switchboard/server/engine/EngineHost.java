package org.switchboard.server.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Action;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueView;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.Journal;

import org.springframework.context.SmartLifecycle;

/**
 * Owns this process's one {@link Engine} and the single thread that may touch it. Inputs,
 * queries and reconfigurations wait in one bounded queue and run in order; between them
 * the thread parks until the engine's next deadline and then fires its timers. Actions go
 * to the registered {@link ActionSink}s, events to the journal.
 */
public class EngineHost implements SmartLifecycle {

	/** Starts after the journal, stops before it (and after the web server). */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

	private static final Logger log = LoggerFactory.getLogger(EngineHost.class);

	private final Clock clock;

	private final Journal journal;

	private final CenterConfigSource configSource;

	private final EngineHostProperties properties;

	private final List<ActionSink> sinks = new CopyOnWriteArrayList<>();

	private final List<Runnable> startupSteps = new CopyOnWriteArrayList<>();

	private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();

	private final LinkedBlockingQueue<Runnable> commands;

	private Engine engine;

	private volatile boolean running;

	private Thread thread;

	public EngineHost(Clock clock, Journal journal, CenterConfigSource configSource, EngineHostProperties properties,
			List<ActionSink> sinks) {
		this.clock = clock;
		this.journal = journal;
		this.configSource = configSource;
		this.properties = properties;
		this.commands = new LinkedBlockingQueue<>(properties.inputCapacity());
		this.sinks.addAll(sinks);
	}

	/** Adds a sink that receives every later batch of actions. */
	public void addSink(ActionSink sink) {
		this.sinks.add(sink);
	}

	/**
	 * Adds a listener that sees every later engine event right after the journal took it,
	 * on the engine thread (live views); it must return at once and not throw.
	 */
	public void addListener(Consumer<EngineEvent> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Handles the inputs {@code restore} gives on the engine thread right after the
	 * engine is built, before any submitted input (used to restore agents from the
	 * journal).
	 */
	public void onStart(Supplier<List<Input>> restore) {
		this.startupSteps
			.add(() -> restore.get().forEach((input) -> run(() -> step(this.engine.handle(input, now())))));
	}

	/**
	 * Hands {@code input} to the engine; returns at once.
	 * @throws EngineOverloadedException if the input queue stays full
	 */
	public void submit(Input input) {
		enqueue(() -> step(this.engine.handle(input, now())), input);
	}

	/**
	 * Runs {@code query} on the engine thread; the future completes with its result (or
	 * its exception). Queries must only read.
	 */
	public <T> CompletableFuture<T> query(Function<Engine, T> query) {
		CompletableFuture<T> result = new CompletableFuture<>();
		enqueue(() -> {
			try {
				result.complete(query.apply(this.engine));
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(ex);
			}
		}, "query");
		return result;
	}

	/** The engine's view of agent {@code id} (empty if not configured). */
	public CompletableFuture<Optional<AgentView>> agent(String id) {
		return query((engine) -> Optional.ofNullable(engine.agent(id)));
	}

	/** The engine's view of queue {@code name} (empty if not configured). */
	public CompletableFuture<Optional<QueueView>> queue(String name) {
		return query((engine) -> Optional.ofNullable(engine.queue(name)));
	}

	/**
	 * Applies {@code config} on the engine thread; the future completes once it applies.
	 */
	public CompletableFuture<Void> reconfigure(CenterConfig config) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		enqueue(() -> {
			try {
				step(this.engine.reconfigure(config, now()));
				done.complete(null);
			}
			catch (RuntimeException ex) {
				log.error("Engine reconfiguration refused: {}", ex.getMessage());
				done.completeExceptionally(ex);
			}
		}, "reconfigure");
		return done;
	}

	/** Reloads the stored configuration into the running engine. */
	public CompletableFuture<Void> reload() {
		if (!this.running) {
			return CompletableFuture.completedFuture(null);
		}
		return reconfigure(this.configSource.load());
	}

	/**
	 * Makes the engine thread look at the clock now (fires due timers); for clocks that
	 * jump, as in tests.
	 */
	public void wake() {
		enqueue(() -> {
		}, "wake");
	}

	@Override
	public void start() {
		this.engine = new Engine(this.configSource.load(), this::journal, RandomGenerator.getDefault());
		this.running = true;
		this.thread = new Thread(this::loop, "switchboard-engine");
		this.thread.setDaemon(true);
		this.thread.start();
		log.info("Engine started");
	}

	@Override
	public void stop() {
		this.running = false;
		this.thread.interrupt();
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Engine stopped with {} inputs unhandled", this.commands.size());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void enqueue(Runnable command, Object what) {
		try {
			if (!this.commands.offer(command, this.properties.submitTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new EngineOverloadedException("the engine's input queue (" + this.properties.inputCapacity()
						+ ") stayed full for " + this.properties.submitTimeout() + "; " + what + " refused");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngineOverloadedException("interrupted while waiting to submit " + what);
		}
	}

	private void loop() {
		this.startupSteps.forEach(this::run);
		while (this.running) {
			try {
				Runnable command = this.commands.poll(park().toNanos(), TimeUnit.NANOSECONDS);
				if (command != null) {
					run(command);
				}
				tickIfDue();
			}
			catch (InterruptedException ex) {
				if (this.running) {
					log.warn("Engine thread interrupted while running; carrying on");
				}
			}
		}
	}

	private Duration park() {
		Optional<Instant> next = this.engine.nextDeadline();
		if (next.isEmpty()) {
			return this.properties.maxPark();
		}
		Duration until = Duration.between(now(), next.get());
		if (until.isNegative()) {
			return Duration.ZERO;
		}
		return (until.compareTo(this.properties.maxPark()) < 0) ? until : this.properties.maxPark();
	}

	private void tickIfDue() {
		Optional<Instant> next = this.engine.nextDeadline();
		Instant now = now();
		if (next.isPresent() && !now.isBefore(next.get())) {
			run(() -> step(this.engine.tick(now)));
		}
	}

	private void run(Runnable command) {
		try {
			command.run();
		}
		catch (RuntimeException ex) {
			log.error("Engine step failed; the engine carries on with the next input", ex);
		}
	}

	private void step(List<Action> actions) {
		if (actions.isEmpty()) {
			return;
		}
		for (ActionSink sink : this.sinks) {
			try {
				sink.execute(actions);
			}
			catch (RuntimeException ex) {
				log.error("Action sink {} failed on {}", sink, actions, ex);
			}
		}
	}

	private void journal(EngineEvent event) {
		this.journal.append(event);
		for (Consumer<EngineEvent> listener : this.listeners) {
			try {
				listener.accept(event);
			}
			catch (RuntimeException ex) {
				log.error("Engine event listener {} failed on {}", listener, event, ex);
			}
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
