package org.switchboard.server.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.metrics.ServiceLevelFormula;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live fan-out: a browser that stops reading delays no other browser, is dropped
 * after the stall timeout and counted; a slow one gets the newest snapshot, not a
 * backlog.
 */
class LiveStreamTests {

	private static final Duration STALL_TIMEOUT = Duration.ofSeconds(2);

	private final LiveProperties properties = new LiveProperties(Duration.ofMillis(20), Duration.ofMillis(60),
			Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofSeconds(20),
			ServiceLevelFormula.OFFERED, Duration.ofMinutes(30), STALL_TIMEOUT);

	private final LiveStream stream = new LiveStream(new LiveFloor(this.properties, ZoneOffset.UTC, () -> 42L),
			this.properties, Clock.systemUTC(), () -> {
			});

	@AfterEach
	void stop() {
		this.stream.stop();
	}

	@Test
	void aClientThatStopsReadingDelaysNoOtherAndIsDroppedAfterTheStallTimeout() throws Exception {
		this.stream.start();
		StalledSink stalled = new StalledSink();
		this.stream.connect(stalled, null);
		assertThat(stalled.blocked.await(5, TimeUnit.SECONDS)).as("its first write blocks").isTrue();
		List<RecordingSink> others = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			RecordingSink sink = new RecordingSink(10);
			others.add(sink);
			this.stream.connect(sink, (i % 2 == 0) ? null : "agent-" + i);
		}

		for (RecordingSink sink : others) {
			assertThat(sink.received.await(5, TimeUnit.SECONDS)).as("10 updates reach every other client").isTrue();
		}
		long othersDone = System.nanoTime();
		assertThat(stalled.closed.await(10, TimeUnit.SECONDS)).as("the stalled client is dropped").isTrue();

		assertThat(stalled.closedAt - stalled.blockedAt).isGreaterThanOrEqualTo(STALL_TIMEOUT.toNanos());
		assertThat(othersDone).as("the others were served while it was still blocked").isLessThan(stalled.closedAt);
		assertThat(this.stream.droppedClients()).isEqualTo(1);
		assertThat(this.stream.clients()).isEqualTo(20);
		for (RecordingSink sink : others) {
			assertThat(sink.longestGapMillis()).as("no update waited for the stalled client").isLessThan(1000);
		}
	}

	@Test
	void aSlowClientSkipsToTheNewestSnapshotInsteadOfQueueingABacklog() throws Exception {
		this.stream.start();
		StalledSink slow = new StalledSink();
		this.stream.connect(slow, null);
		assertThat(slow.blocked.await(5, TimeUnit.SECONDS)).isTrue();
		RecordingSink witness = new RecordingSink(15);
		this.stream.connect(witness, null);
		assertThat(witness.received.await(5, TimeUnit.SECONDS)).as("many pushes happened meanwhile").isTrue();

		RecordingSink after = new RecordingSink(1);
		slow.next = after;
		slow.release.countDown();
		assertThat(after.received.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(slow.sends).as("the write in progress, then only the newest waiting snapshot").hasSizeLessThan(4);
		assertThat(this.stream.droppedClients()).isZero();
	}

	@Test
	void keepsPushingAfterBeingStoppedAndStartedAgain() throws Exception {
		this.stream.start();
		this.stream.stop();
		this.stream.start();
		RecordingSink sink = new RecordingSink(3);

		this.stream.connect(sink, null);

		assertThat(sink.received.await(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aClientWhoseConnectionFailedIsForgottenWithoutCountingAsDropped() throws Exception {
		CountDownLatch failed = new CountDownLatch(1);
		this.stream.connect(new LiveClient.Sink() {

			@Override
			public void send(LiveClient.Event event) throws IOException {
				failed.countDown();
				throw new IOException("Broken pipe");
			}

			@Override
			public void close() {
			}

		}, "agent-1");

		assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (this.stream.clients() > 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(this.stream.clients()).isZero();
		assertThat(this.stream.droppedClients()).isZero();
	}

	/** Counts events and when they arrived. */
	static final class RecordingSink implements LiveClient.Sink {

		final CountDownLatch received;

		final List<Long> arrivals = new CopyOnWriteArrayList<>();

		RecordingSink(int expected) {
			this.received = new CountDownLatch(expected);
		}

		@Override
		public void send(LiveClient.Event event) {
			this.arrivals.add(System.nanoTime());
			this.received.countDown();
		}

		@Override
		public void close() {
		}

		long longestGapMillis() {
			long longest = 0;
			for (int i = 1; i < this.arrivals.size(); i++) {
				longest = Math.max(longest, this.arrivals.get(i) - this.arrivals.get(i - 1));
			}
			return TimeUnit.NANOSECONDS.toMillis(longest);
		}

	}

	/**
	 * A browser that stops reading: its first write blocks until the stream is closed (as
	 * a blocked socket write fails when the connection ends) or the test releases it.
	 */
	static final class StalledSink implements LiveClient.Sink {

		final CountDownLatch blocked = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final CountDownLatch closed = new CountDownLatch(1);

		final List<LiveClient.Event> sends = new CopyOnWriteArrayList<>();

		volatile long blockedAt;

		volatile long closedAt;

		volatile RecordingSink next;

		@Override
		public void send(LiveClient.Event event) throws IOException {
			this.sends.add(event);
			if (this.sends.size() == 1) {
				this.blockedAt = System.nanoTime();
				this.blocked.countDown();
				try {
					this.release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException(ex);
				}
			}
			else if (this.next != null) {
				this.next.send(event);
			}
		}

		@Override
		public void close() {
			this.closedAt = System.nanoTime();
			this.closed.countDown();
			this.release.countDown();
		}

	}

}
