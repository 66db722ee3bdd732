package org.switchboard.server.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
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
 * <p>
 * The tick only hands each client its newest snapshot ({@link LiveClient}); writing
 * happens on a pool of writer threads, at most one per client at a time, so a browser
 * that stops reading (a full TCP window blocks its write) delays nobody else. A client
 * whose write has been blocked longer than {@code stallTimeout} is dropped and counted
 * ({@code switchboard.live.clients.dropped}); its EventSource reconnects once its network
 * recovers.
 */
public class LiveStream implements SmartLifecycle, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

	private static final long TICK_MILLIS = 50;

	private static final long RECONNECT_MILLIS = 1000;

	private static final long ROSTER_MILLIS = 2000;

	private final LiveFloor floor;

	private final LiveProperties properties;

	private final Clock clock;

	private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();

	private final Runnable refreshRoster;

	private final PushPacer pacer;

	private final ThreadPoolExecutor writers;

	private final AtomicLong dropped = new AtomicLong();

	private ScheduledExecutorService scheduler;

	LiveStream(LiveFloor floor, LiveProperties properties, Clock clock, Runnable refreshRoster) {
		this.floor = floor;
		this.refreshRoster = refreshRoster;
		this.pacer = new PushPacer(properties.pushInterval(), properties.refreshInterval());
		this.properties = properties;
		this.clock = clock;
		this.writers = writerPool();
	}

	/**
	 * Writer threads are made as clients need them and retire after 30 s idle: a blocked
	 * write holds its own thread, never one another client waits for. The pool is never
	 * shut down, so the stream can be stopped and started again (as test contexts are).
	 */
	private static ThreadPoolExecutor writerPool() {
		AtomicInteger count = new AtomicInteger();
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), (task) -> {
			Thread thread = new Thread(task, "switchboard-live-writer-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** A stream of wallboard snapshots, starting with the current one. */
	SseEmitter wallboard() {
		SseEmitter emitter = new SseEmitter(this.properties.emitterTimeout().toMillis());
		LiveClient client = connect(new EmitterSink(emitter), null);
		forgetWhenEnded(emitter, client);
		return emitter;
	}

	/**
	 * A stream of agent {@code agentId}'s desk snapshots, starting with the current one.
	 */
	SseEmitter desk(String agentId) {
		SseEmitter emitter = new SseEmitter(this.properties.emitterTimeout().toMillis());
		LiveClient client = connect(new EmitterSink(emitter), agentId);
		forgetWhenEnded(emitter, client);
		return emitter;
	}

	/**
	 * Adds a client (a desk if {@code agentId} is set, else a wallboard) and queues the
	 * current snapshot for it.
	 */
	LiveClient connect(LiveClient.Sink sink, String agentId) {
		LiveClient client = new LiveClient(sink, agentId, this.writers, this.clients::remove);
		this.clients.add(client);
		client
			.offer((agentId != null) ? desk(this.floor.agent(agentId, now())) : wallboard(this.floor.wallboard(now())));
		return client;
	}

	private void forgetWhenEnded(SseEmitter emitter, LiveClient client) {
		emitter.onCompletion(() -> this.clients.remove(client));
		emitter.onTimeout(() -> this.clients.remove(client));
		emitter.onError((ex) -> this.clients.remove(client));
	}

	/** Open streams now. */
	public int clients() {
		return this.clients.size();
	}

	/** Streams dropped because their client stopped reading, since start. */
	public long droppedClients() {
		return this.dropped.get();
	}

	/**
	 * Ends every open stream, as a network blip would; browsers reconnect by themselves.
	 */
	public void disconnectAll() {
		List<LiveClient> open = new ArrayList<>(this.clients);
		this.clients.removeAll(open);
		open.forEach(LiveClient::close);
	}

	void tick() {
		dropStalled(System.nanoTime());
		if (!this.pacer.due(TimeUnit.NANOSECONDS.toMillis(System.nanoTime()), this.floor.version())) {
			return;
		}
		Instant now = now();
		LiveClient.Event wallboard = null;
		for (LiveClient client : this.clients) {
			if (client.agentId() != null) {
				client.offer(desk(this.floor.agent(client.agentId(), now)));
			}
			else {
				wallboard = (wallboard != null) ? wallboard : wallboard(this.floor.wallboard(now));
				client.offer(wallboard);
			}
		}
	}

	private void dropStalled(long nowNanos) {
		long limit = this.properties.stallTimeout().toNanos();
		for (LiveClient client : this.clients) {
			long since = client.stalledSince();
			if (since != 0 && nowNanos - since > limit && this.clients.remove(client)) {
				this.dropped.incrementAndGet();
				log.info("Live client {} dropped: not reading for over {}",
						(client.agentId() != null) ? "desk " + client.agentId() : "wallboard",
						this.properties.stallTimeout());
				client.close();
			}
		}
	}

	private static LiveClient.Event wallboard(WallboardSnapshot snapshot) {
		return new LiveClient.Event("wallboard", snapshot.version(), snapshot);
	}

	private static LiveClient.Event desk(AgentSnapshot snapshot) {
		return new LiveClient.Event("agent", snapshot.version(), snapshot);
	}

	private Instant now() {
		return this.clock.instant();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("switchboard.live.clients", this, LiveStream::clients)
			.description("Open live event streams (wallboards and desks)")
			.register(registry);
		FunctionCounter.builder("switchboard.live.clients.dropped", this, LiveStream::droppedClients)
			.description("Live streams dropped because the browser stopped reading for longer than the stall timeout")
			.register(registry);
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
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		disconnectAll();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null && !this.scheduler.isShutdown();
	}

	/** Writes events to a browser's {@link SseEmitter}. */
	private record EmitterSink(SseEmitter emitter) implements LiveClient.Sink {

		@Override
		public void send(LiveClient.Event event) throws IOException {
			this.emitter.send(SseEmitter.event()
				.id(Long.toString(event.id()))
				.name(event.name())
				.reconnectTime(RECONNECT_MILLIS)
				.data(event.data(), MediaType.APPLICATION_JSON));
		}

		@Override
		public void close() {
			this.emitter.complete();
		}

	}

}
