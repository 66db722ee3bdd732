package org.switchboard.server.journal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.Journal;

import org.springframework.context.SmartLifecycle;

/**
 * The engine's {@link Journal}, persisted: {@link #append} (on the engine thread) only
 * encodes the event into a bounded buffer; one background writer stores it in batches.
 * While the database fails the writer keeps the batch and retries with a doubling pause,
 * so nothing is lost; past the high-water mark it logs one ERROR per episode, counts
 * {@code switchboard.journal.high.water}, sets the {@code switchboard.journal.alarm}
 * gauge and turns the journal's health DEGRADED until the buffer drains below half the
 * mark; a full buffer makes the engine wait instead of dropping events. A graceful stop
 * drains the buffer.
 */
public class PersistentJournal implements Journal, SmartLifecycle {

	/** Starts before and stops after the engine host and the web server. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger log = LoggerFactory.getLogger(PersistentJournal.class);

	private final JournalStore store;

	private final JournalProperties properties;

	private final BlockingQueue<JournalEntry> buffer;

	private final String engineId = UUID.randomUUID().toString();

	private final Counter writeFailures;

	private final Counter highWater;

	private final Counter written;

	private final Object progress = new Object();

	private long appended;

	private long stored;

	private long seq;

	private volatile boolean alarmed;

	private volatile boolean full;

	private volatile boolean running;

	private Thread writer;

	public PersistentJournal(JournalStore store, JournalProperties properties, MeterRegistry meters) {
		this.store = store;
		this.properties = properties;
		this.buffer = new ArrayBlockingQueue<>(properties.capacity());
		Gauge.builder("switchboard.journal.buffered", this.buffer, BlockingQueue::size)
			.description("engine events waiting to be stored")
			.register(meters);
		Gauge.builder("switchboard.journal.alarm", this, (journal) -> journal.alarmed ? 1 : 0)
			.description("1 while the journal buffer is above its high-water mark (the database is slow or down)")
			.register(meters);
		this.writeFailures = Counter.builder("switchboard.journal.write.failures")
			.description("failed batch writes (retried)")
			.register(meters);
		this.highWater = Counter.builder("switchboard.journal.high.water")
			.description("times the journal buffer passed its high-water mark")
			.register(meters);
		this.written = Counter.builder("switchboard.journal.written").description("events stored").register(meters);
	}

	/** The id under which this process's engine events are stored. */
	public String engineId() {
		return this.engineId;
	}

	/** Called by the single engine thread. */
	@Override
	public void append(EngineEvent event) {
		JournalEntry entry = JournalCodec.encode(this.engineId, ++this.seq, event);
		synchronized (this.progress) {
			this.appended++;
		}
		if (!this.buffer.offer(entry)) {
			if (!this.full) {
				this.full = true;
				log.error("Journal buffer full ({} events): the engine waits until the database takes events again",
						this.properties.capacity());
			}
			putWaiting(entry);
		}
		int size = this.buffer.size();
		if (size > this.properties.highWaterMark() && !this.alarmed) {
			this.alarmed = true;
			this.highWater.increment();
			log.error("Journal buffer holds {} events, above its high-water mark of {}: the database is slow or down",
					size, this.properties.highWaterMark());
		}
	}

	private void putWaiting(JournalEntry entry) {
		boolean interrupted = false;
		while (true) {
			try {
				this.buffer.put(entry);
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Whether the buffer passed its high-water mark and has not yet drained below half of
	 * it: the database is slow or down.
	 */
	public boolean alarmed() {
		return this.alarmed;
	}

	/** Events waiting in the buffer now. */
	public int buffered() {
		return this.buffer.size();
	}

	/** Events appended but not yet stored. */
	public long pending() {
		synchronized (this.progress) {
			return this.appended - this.stored;
		}
	}

	/**
	 * Waits until every event appended so far is stored, or {@code timeout} passes.
	 * @return whether everything was stored
	 */
	public boolean awaitStored(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.progress) {
			while (this.stored < this.appended) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this.progress, left);
			}
			return true;
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = new Thread(this::writeLoop, "switchboard-journal-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.writer.join(this.properties.shutdownTimeout().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.writer.isAlive()) {
			this.writer.interrupt();
		}
		long left = pending();
		if (left > 0) {
			log.error("Journal stopped with {} events not stored: the database did not take them within {}", left,
					this.properties.shutdownTimeout());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void writeLoop() {
		List<JournalEntry> batch = new ArrayList<>(this.properties.batchSize());
		while (this.running || !this.buffer.isEmpty()) {
			try {
				JournalEntry first = this.buffer.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.buffer.drainTo(batch, this.properties.batchSize() - 1);
				if (!writeWithRetry(batch)) {
					return;
				}
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Writes {@code batch}, retrying until it is stored; false if the thread must end.
	 */
	private boolean writeWithRetry(List<JournalEntry> batch) throws InterruptedException {
		long delay = this.properties.retryInitialDelay().toMillis();
		int failures = 0;
		while (true) {
			try {
				this.store.insert(batch);
				stored(batch.size(), failures);
				return true;
			}
			catch (RuntimeException ex) {
				failures++;
				this.writeFailures.increment();
				if (failures == 1 || failures % 10 == 0) {
					log.error("Journal cannot store {} events (attempt {}), {} more buffered; retrying in {} ms: {}",
							batch.size(), failures, this.buffer.size(), delay, ex.getMessage());
				}
				if (Thread.currentThread().isInterrupted()) {
					return false;
				}
				Thread.sleep(delay);
				delay = Math.min(delay * 2, this.properties.retryMaxDelay().toMillis());
			}
		}
	}

	private void stored(int count, int failures) {
		this.written.increment(count);
		if (failures > 0) {
			log.warn("Journal stored {} events after {} failed attempts", count, failures);
		}
		if (this.full && this.buffer.size() < this.properties.capacity() / 2) {
			this.full = false;
		}
		if (this.alarmed && this.buffer.size() <= this.properties.highWaterMark() / 2) {
			this.alarmed = false;
			log.warn("Journal buffer back to {} events, at most half its high-water mark", this.buffer.size());
		}
		synchronized (this.progress) {
			this.stored += count;
			this.progress.notifyAll();
		}
	}

}
