package org.switchboard.engine.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.routing.RoutingStrategies;

/**
 * What to simulate: queues, agent groups and arrival streams, for {@code duration} of
 * simulated time starting at {@link #START} (a Monday, 00:00 UTC); the first
 * {@code warmup} is excluded from statistics. Build it with {@link #fromMap(Map)}, which
 * names the path of every problem.
 *
 * @param seed seed of every random stream
 * @param duration simulated time during which callers arrive
 * @param warmup initial part of {@code duration} excluded from statistics
 * @param serviceLevelSeconds service-level threshold
 * @param shortAbandonSeconds short-abandon threshold
 * @param intervalMinutes report interval: 15, 30 or 60
 * @param queues the queues
 * @param agents the agent groups
 * @param arrivals the arrival streams
 */
public record Scenario(long seed, Duration duration, Duration warmup, int serviceLevelSeconds, int shortAbandonSeconds,
		int intervalMinutes, List<QueueSpec> queues, List<AgentGroup> agents, List<ArrivalStream> arrivals) {

	/** Simulated time zero: Monday 2026-01-05 00:00 UTC; shifts and profiles are UTC. */
	public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

	public Scenario {
		queues = List.copyOf(queues);
		agents = List.copyOf(agents);
		arrivals = List.copyOf(arrivals);
	}

	/** A queue: name, routing strategy name, required skills with minimum levels. */
	public record QueueSpec(String name, String strategy, Map<String, Integer> requiredSkills) {

		public QueueSpec {
			requiredSkills = Map.copyOf(requiredSkills);
		}

		/** Whether an agent with {@code skills} may take this queue's calls. */
		public boolean accepts(Map<String, Integer> skills) {
			return this.requiredSkills.entrySet()
				.stream()
				.allMatch((e) -> skills.getOrDefault(e.getKey(), 0) >= e.getValue());
		}

	}

	/**
	 * {@code count} identical agents named {@code name-01, name-02 …}; with no shifts
	 * they are ready all the time.
	 */
	public record AgentGroup(String name, int count, Map<String, Integer> skills, int wrapUpSeconds,
			List<Shift> shifts) {

		public AgentGroup {
			skills = Map.copyOf(skills);
			shifts = List.copyOf(shifts);
		}

		/** The id of the {@code index}-th agent (0-based) of this group. */
		public String agentId(int index) {
			return "%s-%02d".formatted(this.name, index + 1);
		}

	}

	/**
	 * A daily working period, UTC clock times; {@code end} before {@code start} crosses
	 * midnight.
	 */
	public record Shift(LocalTime start, LocalTime end) {
	}

	/** A constant arrival rate between two clock times of every day. */
	public record ProfileSlot(LocalTime from, LocalTime to, double callsPerHour) {
	}

	/**
	 * Poisson arrivals into {@code queue}: a constant {@code callsPerHour} (profile
	 * empty) or a daily profile (no calls outside its slots). {@code patience} null means
	 * callers never abandon.
	 */
	public record ArrivalStream(String queue, double callsPerHour, List<ProfileSlot> profile, Distribution handleTime,
			Distribution patience) {

		public ArrivalStream {
			profile = List.copyOf(profile);
		}

	}

	/** Whether any arrival stream uses a daily profile. */
	public boolean usesProfile() {
		return this.arrivals.stream().anyMatch((a) -> !a.profile().isEmpty());
	}

	/**
	 * Reads a scenario from maps, lists, strings and numbers as a YAML or JSON parser
	 * produces them; unknown keys and impossible values fail with their path.
	 */
	public static Scenario fromMap(Map<String, Object> map) {
		Node root = new Node("", map);
		long seed = root.integer("seed", 1);
		Duration duration = root.duration("duration");
		if (duration.isNegative() || duration.isZero()) {
			throw root.problem("duration", "must be longer than 0");
		}
		Duration warmup = root.has("warmup") ? root.duration("warmup") : Duration.ZERO;
		if (warmup.isNegative() || warmup.compareTo(duration) >= 0) {
			throw root.problem("warmup", "must be at least 0 and shorter than duration (" + duration + ")");
		}
		int serviceLevelSeconds = root.intAtLeast("serviceLevelSeconds", 0, 20);
		int shortAbandonSeconds = root.intAtLeast("shortAbandonSeconds", 0, 5);
		int intervalMinutes = root.intAtLeast("intervalMinutes", 1, 30);
		if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
			throw root.problem("intervalMinutes", "must be 15, 30 or 60, was " + intervalMinutes);
		}
		List<QueueSpec> queues = readQueues(root);
		List<AgentGroup> agents = readAgents(root);
		List<ArrivalStream> arrivals = readArrivals(root, queues);
		root.done();
		for (int i = 0; i < queues.size(); i++) {
			QueueSpec queue = queues.get(i);
			if (agents.stream().noneMatch((g) -> queue.accepts(g.skills()))) {
				throw new ScenarioException("queues[" + i + "].requiredSkills",
						"no agent group has the skills queue '" + queue.name() + "' requires");
			}
		}
		return new Scenario(seed, duration, warmup, serviceLevelSeconds, shortAbandonSeconds, intervalMinutes, queues,
				agents, arrivals);
	}

	private static List<QueueSpec> readQueues(Node root) {
		List<QueueSpec> queues = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Node q : root.nodes("queues", true)) {
			String name = q.string("name");
			if (!names.add(name)) {
				throw q.problem("name", "queue '" + name + "' is defined twice");
			}
			String strategy = q.string("strategy", "longest-idle");
			if (!RoutingStrategies.NAMES.contains(strategy)) {
				throw q.problem("strategy", "unknown value '" + strategy + "'; use one of " + RoutingStrategies.NAMES);
			}
			Map<String, Integer> skills = q.has("requiredSkills") ? q.levels("requiredSkills", 1, 10) : Map.of();
			q.done();
			queues.add(new QueueSpec(name, strategy, skills));
		}
		return queues;
	}

	private static List<AgentGroup> readAgents(Node root) {
		List<AgentGroup> groups = new ArrayList<>();
		Set<String> names = new HashSet<>();
		List<Node> nodes = root.nodes("agents", true);
		for (int i = 0; i < nodes.size(); i++) {
			Node g = nodes.get(i);
			String name = g.string("name", (nodes.size() == 1) ? "agent" : "group" + (i + 1));
			if (!names.add(name)) {
				throw g.problem("name", "agent group '" + name + "' is defined twice");
			}
			int count = g.intAtLeast("count", 1);
			Map<String, Integer> skills = g.levels("skills", 1, 10);
			int wrapUp = g.intAtLeast("wrapUpSeconds", 0, 0);
			List<Shift> shifts = new ArrayList<>();
			for (Node s : g.nodes("shifts", false)) {
				Shift shift = new Shift(s.time("start"), s.time("end"));
				if (shift.start().equals(shift.end())) {
					throw s.problem("end", "must differ from start");
				}
				s.done();
				shifts.add(shift);
			}
			g.done();
			groups.add(new AgentGroup(name, count, skills, wrapUp, shifts));
		}
		return groups;
	}

	private static List<ArrivalStream> readArrivals(Node root, List<QueueSpec> queues) {
		List<ArrivalStream> streams = new ArrayList<>();
		for (Node a : root.nodes("arrivals", true)) {
			String queue = a.string("queue");
			if (queues.stream().noneMatch((q) -> q.name().equals(queue))) {
				throw a.problem("queue", "unknown queue '" + queue + "'; define it under queues");
			}
			if (a.has("callsPerHour") == a.has("profile")) {
				throw a.problem("callsPerHour", "give either callsPerHour or profile (exactly one)");
			}
			double rate = a.has("callsPerHour") ? a.positive("callsPerHour") : 0;
			List<ProfileSlot> profile = readProfile(a);
			Distribution handle = Distribution.read(a.node("handleTime"));
			Distribution patience = a.has("patience") ? Distribution.read(a.node("patience")) : null;
			a.done();
			streams.add(new ArrivalStream(queue, rate, profile, handle, patience));
		}
		return streams;
	}

	private static List<ProfileSlot> readProfile(Node a) {
		List<ProfileSlot> slots = new ArrayList<>();
		for (Node s : a.nodes("profile", false)) {
			LocalTime from = s.time("from");
			LocalTime to = s.time("to");
			if (!to.isAfter(from)) {
				throw s.problem("to", "must be after from (" + from + "); split a slot that crosses midnight");
			}
			for (ProfileSlot other : slots) {
				if (from.isBefore(other.to()) && other.from().isBefore(to)) {
					throw s.problem("from", "overlaps the slot " + other.from() + "–" + other.to());
				}
			}
			slots.add(new ProfileSlot(from, to, s.nonNegative("callsPerHour")));
			s.done();
		}
		if (a.has("profile") && slots.isEmpty()) {
			throw a.problem("profile", "needs at least one slot");
		}
		return slots;
	}

}
