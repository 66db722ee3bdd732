package org.switchboard.server.live;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser's live stream with its own outgoing mailbox and writer. The mailbox is
 * bounded to one event, the newest: a snapshot supersedes the ones before it, so a slow
 * client skips to the latest state instead of queueing history. At most one writer task
 * per client runs at a time, on a shared pool, so a client whose writes block holds up
 * only its own task; {@link #stalledSince()} lets the stream drop it.
 */
final class LiveClient {

	private static final Logger log = LoggerFactory.getLogger(LiveClient.class);

	private final Sink sink;

	private final String agentId;

	private final Executor writers;

	private final Consumer<LiveClient> gone;

	private final AtomicReference<Event> mailbox = new AtomicReference<>();

	private final AtomicBoolean writing = new AtomicBoolean();

	private final AtomicBoolean closing = new AtomicBoolean();

	private volatile long sendingSinceNanos;

	private volatile boolean closed;

	LiveClient(Sink sink, String agentId, Executor writers, Consumer<LiveClient> gone) {
		this.sink = sink;
		this.agentId = agentId;
		this.writers = writers;
		this.gone = gone;
	}

	/** The agent whose desk this stream shows, or {@code null} for a wallboard. */
	String agentId() {
		return this.agentId;
	}

	/**
	 * Replaces what is waiting to be sent with {@code event} and makes sure a writer
	 * runs.
	 */
	void offer(Event event) {
		if (this.closed) {
			return;
		}
		this.mailbox.set(event);
		if (this.writing.compareAndSet(false, true)) {
			this.writers.execute(this::drain);
		}
	}

	private void drain() {
		while (true) {
			Event event = this.mailbox.getAndSet(null);
			if (event == null) {
				this.writing.set(false);
				// an offer between getAndSet and set(false) found the writer still
				// running
				if (this.mailbox.get() == null || !this.writing.compareAndSet(false, true)) {
					return;
				}
				continue;
			}
			if (this.closed) {
				continue;
			}
			this.sendingSinceNanos = System.nanoTime() | 1;
			try {
				this.sink.send(event);
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Live client gone: {}", ex.getMessage());
				this.closed = true;
				this.gone.accept(this);
			}
			finally {
				this.sendingSinceNanos = 0;
			}
		}
	}

	/**
	 * When the write in progress started ({@link System#nanoTime()}), or 0 if none is.
	 */
	long stalledSince() {
		return this.sendingSinceNanos;
	}

	/**
	 * Stops sending and ends the stream. Ending it waits for a write in progress, so it
	 * runs on the writer pool, never on the caller's thread.
	 */
	void close() {
		this.closed = true;
		this.mailbox.set(null);
		if (!this.closing.compareAndSet(false, true)) {
			return;
		}
		this.writers.execute(() -> {
			try {
				this.sink.close();
			}
			catch (RuntimeException ex) {
				log.debug("Live client not closed cleanly: {}", ex.getMessage());
			}
		});
	}

	/** One server-sent event: its name, id (the floor's version) and JSON payload. */
	record Event(String name, long id, Object data) {
	}

	/** Where a client's events go: an {@code SseEmitter}, or a test's recorder. */
	interface Sink {

		void send(Event event) throws IOException;

		void close();

	}

}
