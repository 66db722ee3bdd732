package org.switchboard.telephony.testphone;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import org.switchboard.engine.Action;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.telephony.ActionSink;
import org.switchboard.telephony.ContactCenterLink;

/**
 * The real engine on a single-writer thread between telephony's inputs and actions, as
 * the server will run it: each input is handled at the wall clock's now, and timers are
 * fired every 100 ms.
 */
public final class EngineLoop implements ContactCenterLink, AutoCloseable {

	public final List<EngineEvent> journal = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();

	private final Engine engine;

	private final Clock clock = Clock.systemUTC();

	private volatile ActionSink sink;

	public EngineLoop(CenterConfig config) {
		this.engine = new Engine(config, this.journal::add, RandomGenerator.of("L64X128MixRandom"));
		this.loop.scheduleAtFixedRate(() -> run(this.engine.tick(this.clock.instant())), 100, 100,
				TimeUnit.MILLISECONDS);
	}

	public void sink(ActionSink sink) {
		this.sink = sink;
	}

	@Override
	public void submit(Input input) {
		this.loop.execute(() -> run(this.engine.handle(input, this.clock.instant())));
	}

	private void run(List<Action> actions) {
		for (Action action : actions) {
			this.sink.execute(action);
		}
	}

	public List<String> eventTypes() {
		return this.journal.stream().map(EngineEvent::type).toList();
	}

	@Override
	public void close() {
		this.loop.shutdownNow();
	}

}
