package org.switchboard.server.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes live snapshots to browsers over server-sent events. A tick every 50 ms pushes
 * when the floor changed and the last push is at least {@code pushInterval} old (so at
 * most four updates a second with the default), and at least every
 * {@code refreshInterval} anyway. Each event carries the floor's version as its id; a
 * browser that reconnects (EventSource does so by itself) gets the current snapshot at
 * once, which is all a snapshot stream has to resume.
 */
public class LiveStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

	private static final long TICK_MILLIS = 50;

	private static final long RECONNECT_MILLIS = 1000;

	private static final long ROSTER_MILLIS = 2000;

	private final LiveFloor floor;

	private final LiveProperties properties;

	private final Clock clock;

	private final Set<SseEmitter> wallboards = ConcurrentHashMap.newKeySet();

	private final Map<SseEmitter, String> desks = new ConcurrentHashMap<>();

	private final Runnable refreshRoster;

	private ScheduledExecutorService scheduler;

	private final PushPacer pacer;

	LiveStream(LiveFloor floor, LiveProperties properties, Clock clock, Runnable refreshRoster) {
		this.floor = floor;
		this.refreshRoster = refreshRoster;
		this.pacer = new PushPacer(properties.pushInterval(), properties.refreshInterval());
		this.properties = properties;
		this.clock = clock;
	}

	/** A stream of wallboard snapshots, starting with the current one. */
	SseEmitter wallboard() {
		SseEmitter emitter = register(this.wallboards::remove);
		this.wallboards.add(emitter);
		send(emitter, "wallboard", this.floor.wallboard(now()));
		return emitter;
	}

	/**
	 * A stream of agent {@code agentId}'s desk snapshots, starting with the current one.
	 */
	SseEmitter desk(String agentId) {
		SseEmitter emitter = register(this.desks::remove);
		this.desks.put(emitter, agentId);
		send(emitter, "agent", this.floor.agent(agentId, now()));
		return emitter;
	}

	/** Open streams now. */
	public int clients() {
		return this.wallboards.size() + this.desks.size();
	}

	/**
	 * Ends every open stream, as a network blip would; browsers reconnect by themselves.
	 */
	public void disconnectAll() {
		List<SseEmitter> open = new ArrayList<>(this.wallboards);
		open.addAll(this.desks.keySet());
		this.wallboards.clear();
		this.desks.clear();
		open.forEach(SseEmitter::complete);
	}

	private SseEmitter register(java.util.function.Consumer<SseEmitter> forget) {
		SseEmitter emitter = new SseEmitter(this.properties.emitterTimeout().toMillis());
		emitter.onCompletion(() -> forget.accept(emitter));
		emitter.onTimeout(() -> forget.accept(emitter));
		emitter.onError((ex) -> forget.accept(emitter));
		return emitter;
	}

	void tick() {
		if (!this.pacer.due(TimeUnit.NANOSECONDS.toMillis(System.nanoTime()), this.floor.version())) {
			return;
		}
		Instant now = now();
		if (!this.wallboards.isEmpty()) {
			WallboardSnapshot snapshot = this.floor.wallboard(now);
			this.wallboards.forEach((emitter) -> send(emitter, "wallboard", snapshot));
		}
		this.desks.forEach((emitter, agentId) -> send(emitter, "agent", this.floor.agent(agentId, now)));
	}

	private void send(SseEmitter emitter, String name, Object snapshot) {
		long id = (snapshot instanceof WallboardSnapshot w) ? w.version() : ((AgentSnapshot) snapshot).version();
		try {
			emitter.send(SseEmitter.event()
				.id(Long.toString(id))
				.name(name)
				.reconnectTime(RECONNECT_MILLIS)
				.data(snapshot, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Live client gone: {}", ex.getMessage());
			this.wallboards.remove(emitter);
			this.desks.remove(emitter);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	@Override
	public void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "switchboard-live");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(() -> safely(this::tick), TICK_MILLIS, TICK_MILLIS,
				TimeUnit.MILLISECONDS);
		this.scheduler.scheduleWithFixedDelay(() -> safely(this.refreshRoster), 0, ROSTER_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	private void safely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.error("Live push failed; trying again on the next tick", ex);
		}
	}

	@Override
	public void stop() {
		this.scheduler.shutdownNow();
		disconnectAll();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null && !this.scheduler.isShutdown();
	}

}
