package org.switchboard.telephony.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small fixed set of threads that carry every call's RTP: each runs one
 * {@link Selector} over the non-blocking channels of its share of the endpoints, reads
 * each datagram into one reused buffer and hands it to the endpoint's listener, which
 * relays it on the same thread before the next datagram is read. No thread per socket, no
 * queue between reading and forwarding.
 */
public final class RtpIo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RtpIo.class);

	/** Datagrams read from one endpoint before the loop turns to the next. */
	private static final int READS_PER_TURN = 16;

	private final Loop[] loops;

	private final AtomicInteger next = new AtomicInteger();

	public RtpIo(int threads) throws IOException {
		if (threads < 1) {
			throw new IllegalArgumentException("at least one RTP I/O thread, was " + threads);
		}
		this.loops = new Loop[threads];
		try {
			for (int i = 0; i < threads; i++) {
				this.loops[i] = new Loop("rtp-io-" + i);
			}
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
		for (Loop loop : this.loops) {
			loop.thread.start();
		}
	}

	/** The loop a new endpoint is served by, round-robin. */
	Loop nextLoop() {
		return this.loops[Math.floorMod(this.next.getAndIncrement(), this.loops.length)];
	}

	/** Number of I/O threads. */
	public int threads() {
		return this.loops.length;
	}

	/** Stops the loops; endpoints still registered are closed. */
	@Override
	public void close() {
		for (Loop loop : this.loops) {
			if (loop != null) {
				loop.stop();
			}
		}
		for (Loop loop : this.loops) {
			if (loop != null) {
				loop.join();
			}
		}
	}

	/** One selector and the thread running it. */
	static final class Loop {

		private final Selector selector;

		private final LoopThread thread;

		private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

		private volatile boolean running = true;

		Loop(String name) throws IOException {
			this.selector = Selector.open();
			this.thread = new LoopThread(this::run, name);
		}

		/** Runs {@code task} on this loop's thread before its next select. */
		void submit(Runnable task) {
			this.tasks.add(task);
			this.selector.wakeup();
		}

		void wakeup() {
			this.selector.wakeup();
		}

		Selector selector() {
			return this.selector;
		}

		private void run() {
			ByteBuffer buffer = this.thread.buffer;
			byte[] array = this.thread.array;
			while (this.running) {
				try {
					this.selector.select();
				}
				catch (IOException ex) {
					log.warn("RTP selector failed: {}", ex.toString());
					continue;
				}
				runTasks();
				Iterator<SelectionKey> selected = this.selector.selectedKeys().iterator();
				while (selected.hasNext()) {
					SelectionKey key = selected.next();
					selected.remove();
					if (key.isValid() && key.isReadable()) {
						((RtpEndpoint) key.attachment()).readable(buffer, array, READS_PER_TURN);
					}
				}
			}
			runTasks();
			for (SelectionKey key : this.selector.keys()) {
				((RtpEndpoint) key.attachment()).close();
			}
			try {
				this.selector.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void runTasks() {
			for (Runnable task = this.tasks.poll(); task != null; task = this.tasks.poll()) {
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					log.warn("RTP loop task failed", ex);
				}
			}
		}

		void stop() {
			this.running = false;
			this.selector.wakeup();
		}

		void join() {
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/**
	 * A loop's thread, owning the one receive buffer of its loop, so that a relayed
	 * packet is sent from that buffer without allocating a new one.
	 */
	static final class LoopThread extends Thread {

		final byte[] array = new byte[2048];

		final ByteBuffer buffer = ByteBuffer.wrap(this.array);

		final ByteBuffer sendView = ByteBuffer.wrap(this.array);

		LoopThread(Runnable body, String name) {
			super(body, name);
			setDaemon(true);
		}

	}

}
