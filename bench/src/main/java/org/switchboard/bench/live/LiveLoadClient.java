package org.switchboard.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the live views: opens many server-sent-event streams on
 * {@code /live/wallboard} and {@code /live/agent} against a running Switchboard on
 * loopback, drives agent state changes through {@code PUT /api/agents/{id}/state} at a
 * fixed rate, and reports the update delay (receive time minus the snapshot's
 * {@code eventWallMillis}, counted once per new version per stream, as the browser's
 * {@code live.js} counts it), messages, errors and reconnects.
 *
 * <p>
 * Setup it does itself: each imported user (who must change the first password) sets a
 * new password through {@code POST /api/me/password} and creates an API token through
 * {@code POST /api/me/tokens}; streams and state changes then use
 * {@code Authorization: Bearer}, so the load is not dominated by BCrypt checks.
 *
 * <p>
 * Arguments ({@code --name value}): base (http://127.0.0.1:8080), admin (admin),
 * admin-password, initial-password, wallboards (400), desks (100), supervisors (4),
 * agent-prefix (7), duration-seconds (60), rate (5 state changes a second),
 * toggled-agents (10), connect-batch (50).
 */
public final class LiveLoadClient {

	private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

	private static final Pattern EVENT_WALL = Pattern.compile("\"eventWallMillis\":(\\d+)");

	private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");

	private static final String NEW_PASSWORD = "Load-Test-Pass-2";

	private final Map<String, String> options;

	private final URI base;

	private final HttpClient streams;

	private final HttpClient calls;

	private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("live-load-timer"));

	private final DelayHistogram wallboardDelays = new DelayHistogram();

	private final DelayHistogram deskDelays = new DelayHistogram();

	private final DelayHistogram apiLatency = new DelayHistogram();

	/** Per snapshot version: first and last receive time over all streams. */
	private final Map<Long, long[]> fanOut = new ConcurrentHashMap<>();

	private final AtomicLong messages = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLong reconnects = new AtomicLong();

	private final AtomicLong stateChanges = new AtomicLong();

	private final AtomicLong stateChangeErrors = new AtomicLong();

	private final Map<String, String> firstErrors = new ConcurrentHashMap<>();

	private final List<Stream> open = new ArrayList<>();

	private volatile boolean running = true;

	private volatile boolean measuring;

	private LiveLoadClient(Map<String, String> options) {
		this.options = options;
		this.base = URI.create(option("base", "http://127.0.0.1:8080"));
		this.streams = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(4, daemon("live-load-sse")))
			.build();
		this.calls = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(2, daemon("live-load-api")))
			.build();
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		System.exit(new LiveLoadClient(options).run());
	}

	private int run() throws Exception {
		int wallboards = intOption("wallboards", 400);
		int desks = intOption("desks", 100);
		int supervisors = Math.max(1, intOption("supervisors", 4));
		int duration = intOption("duration-seconds", 60);
		double rate = Double.parseDouble(option("rate", "5"));
		int toggled = Math.min(desks, intOption("toggled-agents", 10));
		String prefix = option("agent-prefix", "7");
		String initial = required("initial-password");

		// Bounded whatever the server does: give up well after the planned end.
		this.timers.schedule(() -> {
			System.out.println("ERROR gave up: no result within the time limit");
			System.exit(2);
		}, duration + 600L, TimeUnit.SECONDS);
		long setupStart = System.nanoTime();
		String admin = token(option("admin", "admin"), required("admin-password"), false);
		List<String> agentIds = new ArrayList<>();
		for (int i = 0; i < desks; i++) {
			agentIds.add(agentId(prefix, i));
		}
		List<String> supervisorIds = new ArrayList<>();
		for (int i = 0; i < supervisors; i++) {
			supervisorIds.add("sup" + i);
		}
		log("admin token ready; setting passwords and tokens for %d users", desks + supervisors);
		Map<String, String> tokens = tokens(agentIds, supervisorIds, initial);
		for (String agent : agentIds) {
			setState(admin, agent, true);
		}
		log("setup (passwords, tokens, %d agents READY) took %.1f s", desks, (System.nanoTime() - setupStart) / 1e9);

		CountDownLatch first = new CountDownLatch(wallboards + desks);
		int batch = intOption("connect-batch", 50);
		long connectStart = System.nanoTime();
		for (int i = 0; i < wallboards + desks; i++) {
			Stream stream = (i < wallboards)
					? new Stream("/live/wallboard", tokens.get(supervisorIds.get(i % supervisors)),
							this.wallboardDelays, first)
					: new Stream("/live/agent", tokens.get(agentIds.get(i - wallboards)), this.deskDelays, first);
			this.open.add(stream);
			stream.connect();
			if ((i + 1) % batch == 0) {
				Thread.sleep(100);
			}
		}
		boolean allFirst = first.await(60, TimeUnit.SECONDS);
		log("%d streams open (%s got their first snapshot) in %.1f s", this.open.size(),
				allFirst ? "all" : (wallboards + desks - first.getCount()) + "",
				(System.nanoTime() - connectStart) / 1e9);

		this.wallboardDelays.clear();
		this.deskDelays.clear();
		this.messages.set(0);
		this.bytes.set(0);
		long reconnectsBefore = this.reconnects.get();
		long errorsBefore = this.errors.get();
		this.measuring = true;
		long periodMicros = (long) (1_000_000 / rate);
		AtomicLong tick = new AtomicLong();
		long start = System.nanoTime();
		long windowStart = System.currentTimeMillis();
		Future<?> driver = this.timers.scheduleAtFixedRate(() -> {
			long n = tick.getAndIncrement();
			String agent = agentIds.get((int) (n % toggled));
			boolean ready = ((n / toggled) % 2) == 1;
			setState(admin, agent, ready);
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		Thread.sleep(duration * 1000L);
		driver.cancel(false);
		Thread.sleep(1500);
		this.measuring = false;
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "RESULT window_start_ms=%d window_end_ms=%d%n", windowStart,
				System.currentTimeMillis());
		this.running = false;
		this.open.forEach(Stream::close);

		report(wallboards, desks, duration, rate, seconds, this.reconnects.get() - reconnectsBefore,
				this.errors.get() - errorsBefore, allFirst);
		return 0;
	}

	private void report(int wallboards, int desks, int duration, double rate, double seconds, long reconnected,
			long failed, boolean allFirst) {
		DelayHistogram all = new DelayHistogram();
		all.add(this.wallboardDelays);
		all.add(this.deskDelays);
		System.out.printf(Locale.ROOT, "RESULT clients=%d wallboards=%d desks=%d duration_s=%d rate_per_s=%.1f%n",
				wallboards + desks, wallboards, desks, duration, rate);
		System.out.printf(Locale.ROOT,
				"RESULT messages=%d bytes=%d messages_per_s=%.0f state_changes=%d state_change_errors=%d"
						+ " errors=%d reconnects=%d all_connected=%s%n",
				this.messages.get(), this.bytes.get(), this.messages.get() / seconds, this.stateChanges.get(),
				this.stateChangeErrors.get(), failed, reconnected, allFirst);
		System.out.println("RESULT delay_all " + all.summary());
		System.out.println("RESULT delay_wallboard " + this.wallboardDelays.summary());
		System.out.println("RESULT delay_desk " + this.deskDelays.summary());
		System.out.println("RESULT api_put_latency " + this.apiLatency.summary());
		DelayHistogram spread = new DelayHistogram();
		this.fanOut.values().forEach((range) -> spread.record(range[1] - range[0]));
		System.out.println("RESULT fan_out_spread " + spread.summary());
		this.firstErrors.forEach((kind, message) -> System.out.println("ERROR " + kind + ": " + message));
	}

	private Map<String, String> tokens(List<String> agents, List<String> supervisors, String initial) throws Exception {
		List<String> users = new ArrayList<>(supervisors);
		users.addAll(agents);
		Map<String, String> tokens = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(4, daemon("live-load-setup"));
		try {
			List<Future<?>> done = new ArrayList<>();
			for (String user : users) {
				done.add(pool.submit(() -> {
					tokens.put(user, token(user, initial, true));
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return tokens;
	}

	/** An API token for {@code user}, setting a new password first if asked. */
	private String token(String user, String password, boolean changePassword) throws Exception {
		String current = password;
		if (changePassword) {
			String body = "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}";
			HttpResponse<String> changed = this.calls.send(json("/api/me/password", basic(user, password), body),
					HttpResponse.BodyHandlers.ofString());
			if (changed.statusCode() != 204) {
				throw new IllegalStateException(
						"Password change for " + user + " answered " + changed.statusCode() + ": " + changed.body());
			}
			current = NEW_PASSWORD;
		}
		HttpResponse<String> created = this.calls.send(
				json("/api/me/tokens", basic(user, current), "{\"name\":\"live-load\"}"),
				HttpResponse.BodyHandlers.ofString());
		Matcher secret = SECRET.matcher(created.body());
		if (created.statusCode() != 201 || !secret.find()) {
			throw new IllegalStateException(
					"Token for " + user + " answered " + created.statusCode() + ": " + created.body());
		}
		return secret.group(1);
	}

	private void setState(String adminToken, String agent, boolean ready) {
		String body = ready ? "{\"state\":\"READY\"}" : "{\"state\":\"NOT_READY\",\"reason\":\"break\"}";
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/agents/" + agent + "/state"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long sent = System.nanoTime();
		try {
			HttpResponse<String> answer = this.calls.send(request, HttpResponse.BodyHandlers.ofString());
			this.apiLatency.record(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
			if (answer.statusCode() != 200) {
				this.stateChangeErrors.incrementAndGet();
				this.firstErrors.putIfAbsent("state " + answer.statusCode(), answer.body());
			}
			else if (this.measuring) {
				this.stateChanges.incrementAndGet();
			}
		}
		catch (Exception ex) {
			this.stateChangeErrors.incrementAndGet();
			this.firstErrors.putIfAbsent("state " + ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()));
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private HttpRequest json(String path, String authorization, String body) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String agentId(String prefix, int index) {
		return prefix + String.format(Locale.ROOT, "%03d", index);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	private String required(String name) {
		String value = this.options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

	private int intOption(String name, int fallback) {
		return Integer.parseInt(option(name, Integer.toString(fallback)));
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, format + "%n", args);
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicLong count = new AtomicLong();
		return (task) -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * One event stream that reconnects after a second when it ends, as EventSource does.
	 */
	private final class Stream {

		private final String path;

		private final String token;

		private final DelayHistogram delays;

		private final CountDownLatch first;

		private volatile SseLines lines;

		private boolean counted;

		Stream(String path, String token, DelayHistogram delays, CountDownLatch first) {
			this.path = path;
			this.token = token;
			this.delays = delays;
			this.first = first;
		}

		void connect() {
			HttpRequest request = HttpRequest.newBuilder(LiveLoadClient.this.base.resolve(this.path))
				.header("Authorization", "Bearer " + this.token)
				.header("Accept", "text/event-stream")
				.GET()
				.build();
			java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
			java.util.function.Consumer<Boolean> end = (failed) -> {
				if (over.compareAndSet(false, true)) {
					ended(failed);
				}
			};
			SseLines subscriber = new SseLines(this::onData, end);
			this.lines = subscriber;
			LiveLoadClient.this.streams.sendAsync(request, (info) -> {
				if (info.statusCode() != 200) {
					LiveLoadClient.this.firstErrors.putIfAbsent("stream " + info.statusCode(), this.path);
					return HttpResponse.BodySubscribers.replacing(null);
				}
				return HttpResponse.BodySubscribers.fromLineSubscriber(subscriber);
			}).whenComplete((response, failure) -> {
				if (failure != null) {
					LiveLoadClient.this.firstErrors.putIfAbsent("stream " + failure.getClass().getSimpleName(),
							String.valueOf(failure.getMessage()));
					end.accept(true);
				}
				else if (response.statusCode() != 200) {
					end.accept(true);
				}
			});
		}

		private void onData(String data) {
			long received = System.currentTimeMillis();
			LiveLoadClient.this.messages.incrementAndGet();
			LiveLoadClient.this.bytes.addAndGet(data.length());
			if (!this.counted) {
				this.counted = true;
				this.first.countDown();
			}
			long version = this.lines.seen(data, received, this.delays, LiveLoadClient.this.measuring);
			if (version >= 0 && LiveLoadClient.this.measuring) {
				LiveLoadClient.this.fanOut.compute(version, (key, range) -> {
					if (range == null) {
						return new long[] { received, received };
					}
					range[0] = Math.min(range[0], received);
					range[1] = Math.max(range[1], received);
					return range;
				});
			}
		}

		private void ended(boolean failed) {
			if (!LiveLoadClient.this.running) {
				return;
			}
			if (failed) {
				LiveLoadClient.this.errors.incrementAndGet();
			}
			LiveLoadClient.this.reconnects.incrementAndGet();
			LiveLoadClient.this.timers.schedule(this::connect, 1, TimeUnit.SECONDS);
		}

		void close() {
			SseLines current = this.lines;
			if (current != null) {
				current.cancel();
			}
		}

	}

	/**
	 * Reads one stream's lines; a delay is counted when a snapshot's version differs from
	 * the previous one on this connection (not for the first snapshot after connecting).
	 */
	private static final class SseLines implements java.util.concurrent.Flow.Subscriber<String> {

		private final java.util.function.Consumer<String> data;

		private final java.util.function.Consumer<Boolean> ended;

		private volatile java.util.concurrent.Flow.Subscription subscription;

		private long version = -1;

		SseLines(java.util.function.Consumer<String> data, java.util.function.Consumer<Boolean> ended) {
			this.data = data;
			this.ended = ended;
		}

		@Override
		public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("data:")) {
				this.data.accept(line);
			}
		}

		/**
		 * The snapshot's version if it is new on this stream (not the first one), else
		 * -1.
		 */
		long seen(String line, long received, DelayHistogram delays, boolean measuring) {
			Matcher version = VERSION.matcher(line);
			Matcher eventWall = EVENT_WALL.matcher(line);
			if (!version.find() || !eventWall.find()) {
				return -1;
			}
			long current = Long.parseLong(version.group(1));
			long eventWallMillis = Long.parseLong(eventWall.group(1));
			if (this.version >= 0 && current != this.version && eventWallMillis > 0 && measuring) {
				delays.record(received - eventWallMillis);
			}
			boolean changed = this.version >= 0 && current != this.version;
			this.version = current;
			return changed ? current : -1;
		}

		@Override
		public void onError(Throwable failure) {
			this.ended.accept(true);
		}

		@Override
		public void onComplete() {
			this.ended.accept(false);
		}

		void cancel() {
			java.util.concurrent.Flow.Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
		}

	}

}
