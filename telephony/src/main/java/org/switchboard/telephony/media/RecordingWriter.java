package org.switchboard.telephony.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes every call's recording: every {@code drainEvery} it drains
 * each open {@link StereoWavRecorder}'s buffers to its file, so that the RTP threads
 * never touch the disk; it also closes recorders (final drain, header, force to disk).
 */
public final class RecordingWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RecordingWriter.class);

	private final ScheduledThreadPoolExecutor thread;

	private final Set<StereoWavRecorder> open = ConcurrentHashMap.newKeySet();

	private final Set<StereoWavRecorder> failed = ConcurrentHashMap.newKeySet();

	private final LongAdder overflows = new LongAdder();

	private final Duration syncInterval;

	private final ByteBuffer scratch = ByteBuffer.allocateDirect(StereoWavRecorder.DRAIN_BYTES)
		.order(ByteOrder.LITTLE_ENDIAN);

	/**
	 * @param drainEvery how often buffered audio goes to the files
	 * @param syncInterval how often an open file is forced to disk; zero: only when
	 * closed
	 */
	public RecordingWriter(Duration drainEvery, Duration syncInterval) {
		this.syncInterval = syncInterval;
		this.thread = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread t = new Thread(task, "recording-writer");
			t.setDaemon(true);
			return t;
		});
		this.thread.setRemoveOnCancelPolicy(true);
		long period = drainEvery.toMillis();
		this.thread.scheduleWithFixedDelay(this::drainAll, period, period, TimeUnit.MILLISECONDS);
	}

	/** Creates {@code file} and starts draining into it. */
	public StereoWavRecorder open(Path file) throws IOException {
		StereoWavRecorder recorder = new StereoWavRecorder(file, this.overflows);
		this.open.add(recorder);
		return recorder;
	}

	private void drainAll() {
		for (StereoWavRecorder recorder : this.open) {
			if (this.failed.contains(recorder)) {
				continue;
			}
			try {
				recorder.drain(this.syncInterval, this.scratch);
			}
			catch (IOException | RuntimeException ex) {
				this.failed.add(recorder);
				log.error("Recording {} cannot be written: {}", recorder.file(), ex.toString());
			}
		}
	}

	/**
	 * Closes {@code recorder} on the writer thread: what it buffered is written, the
	 * header fixed and the file forced to disk. Completes exceptionally when the file
	 * could not be written (or the writer is closed).
	 */
	public CompletableFuture<StereoWavRecorder> finish(StereoWavRecorder recorder) {
		CompletableFuture<StereoWavRecorder> done = new CompletableFuture<>();
		try {
			this.thread.execute(() -> {
				this.open.remove(recorder);
				boolean broken = this.failed.remove(recorder);
				try {
					recorder.close();
					if (broken) {
						throw new IOException("writing failed earlier");
					}
					done.complete(recorder);
				}
				catch (IOException | RuntimeException ex) {
					done.completeExceptionally(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.open.remove(recorder);
			done.completeExceptionally(new IOException("recording writer is closed", ex));
		}
		return done;
	}

	/** Recorders open (calls being recorded). */
	public int openRecorders() {
		return this.open.size();
	}

	/** Samples dropped since start because a recorder's buffer was full. */
	public long overflows() {
		return this.overflows.sum();
	}

	/**
	 * Stops draining once the recorders already handed to {@link #finish} are closed, or
	 * {@code wait} has passed; true when everything finished in time.
	 */
	public boolean close(Duration wait) {
		this.thread.shutdown();
		try {
			return this.thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		close(Duration.ofSeconds(10));
	}

}
