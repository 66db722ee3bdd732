package org.switchboard.telephony.media;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one 20 ms clock that paces what the server itself sends to callers (prompts, music
 * on hold): a single periodic task gives every session that is not bridged its next
 * frame. A periodic task per call cost the scheduler a heap insertion per call every 20
 * ms (15,000 a second with 300 calls in the IVR) and kept firing for bridged calls, whose
 * audio the relay forwards as it arrives.
 */
public final class MediaClock implements AutoCloseable {

	/** The frame interval: 20 ms, the packet time G.711 phones use by default. */
	public static final long FRAME_MILLIS = 20;

	private static final Logger log = LoggerFactory.getLogger(MediaClock.class);

	private final Set<MediaSession> sessions = ConcurrentHashMap.newKeySet();

	private final ScheduledFuture<?> ticks;

	public MediaClock(ScheduledExecutorService ticker) {
		this.ticks = ticker.scheduleAtFixedRate(this::tick, FRAME_MILLIS, FRAME_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Starts giving {@code session} a frame every tick. */
	void add(MediaSession session) {
		this.sessions.add(session);
	}

	/** Stops ticking {@code session} (bridged or closed). */
	void remove(MediaSession session) {
		this.sessions.remove(session);
	}

	/**
	 * Whether {@code task} (from the ticker's queue) is this clock's own periodic tick.
	 */
	public boolean isTick(Object task) {
		return task == this.ticks;
	}

	/** Sessions the clock is pacing now. */
	public int sessions() {
		return this.sessions.size();
	}

	private void tick() {
		for (MediaSession session : this.sessions) {
			try {
				session.tick();
			}
			catch (RuntimeException ex) {
				// One broken session must not silence every other caller.
				log.warn("Media tick failed; the session stops being paced", ex);
				this.sessions.remove(session);
			}
		}
	}

	@Override
	public void close() {
		this.ticks.cancel(false);
		this.sessions.clear();
	}

}
