package org.switchboard.server.ivrdata;

import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.server.engine.ActionSink;

/**
 * Runs the engine's {@link Action.LookupData} off the engine thread and always answers
 * with {@link Input.DataLookedUp}: found with the source's values, or not found when the
 * source has nothing, fails, is unknown or busy. Each source bounds its own time (HTTP
 * sources by the configured timeout; the customer source is one indexed query). Counted
 * in {@code switchboard.ivr.lookups} by source and outcome.
 */
public final class IvrDataLookups implements ActionSink, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(IvrDataLookups.class);

	private final Map<String, DataSource> sources;

	private final Consumer<Input> answers;

	private final IvrDataProperties properties;

	private final ThreadPoolExecutor workers;

	private final MeterRegistry meters;

	IvrDataLookups(Map<String, DataSource> sources, Consumer<Input> answers, IvrDataProperties properties,
			MeterRegistry meters) {
		this.sources = Map.copyOf(sources);
		this.answers = answers;
		this.properties = properties;
		this.meters = (meters != null) ? meters : new SimpleMeterRegistry();
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(properties.threads(), properties.threads(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(properties.queueCapacity()), (task) -> {
					Thread thread = new Thread(task, "switchboard-ivr-lookup-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	@Override
	public void execute(List<Action> actions) {
		for (Action action : actions) {
			if (action instanceof Action.LookupData lookup) {
				start(lookup);
			}
		}
	}

	private void start(Action.LookupData lookup) {
		try {
			this.workers.execute(() -> this.answers.accept(answer(lookup)));
		}
		catch (RejectedExecutionException ex) {
			log.warn("IVR look-up '{}' for contact {} not run: {} look-ups already waiting", lookup.source(),
					lookup.contactId(), this.properties.queueCapacity());
			this.answers.accept(counted(lookup, "busy", Optional.empty()));
		}
	}

	/** Looks up and never throws. */
	Input.DataLookedUp answer(Action.LookupData lookup) {
		DataSource source = this.sources.get(lookup.source());
		if (source == null) {
			log.warn("IVR look-up for contact {}: no source named '{}' (known: {})", lookup.contactId(),
					lookup.source(), this.sources.keySet());
			return counted(lookup, "unknown-source", Optional.empty());
		}
		try {
			Optional<Map<String, String>> values = source.lookUp(lookup.parameters());
			return counted(lookup, values.isPresent() ? "found" : "not-found", values);
		}
		catch (HttpTimeoutException ex) {
			log.warn("IVR look-up '{}' for contact {} took longer than {}", lookup.source(), lookup.contactId(),
					this.properties.timeout());
			return counted(lookup, "timeout", Optional.empty());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return counted(lookup, "failed", Optional.empty());
		}
		catch (Exception ex) {
			log.warn("IVR look-up '{}' for contact {} failed: {}", lookup.source(), lookup.contactId(), ex.toString());
			return counted(lookup, "failed", Optional.empty());
		}
	}

	private Input.DataLookedUp counted(Action.LookupData lookup, String outcome, Optional<Map<String, String>> values) {
		this.meters.counter("switchboard.ivr.lookups", "source", lookup.source(), "outcome", outcome).increment();
		return new Input.DataLookedUp(lookup.contactId(), values.isPresent(), values.orElse(Map.of()));
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
