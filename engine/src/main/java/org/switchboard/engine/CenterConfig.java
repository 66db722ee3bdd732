package org.switchboard.engine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.calendar.BusinessCalendar;
import org.switchboard.engine.ivr.IvrFlow;

/**
 * Everything the engine needs to know about one contact center, immutable. Build it with
 * {@link #builder()}; {@link #validate()} (called by the builder) names the offending
 * item when something does not fit together.
 *
 * @param timeZone the zone in which "today" counters roll over at midnight
 * @param agents agents in configuration order (the order {@code linear} routing uses)
 * @param queues the queues
 * @param calendars business calendars by name
 * @param inboundRoutes dialled number to entry
 * @param vipRules caller lists and number prefixes that raise priority
 * @param blacklist callers refused or diverted at the door
 * @param ivrFlows IVR flows by name, for {@code ivr:NAME} entries
 * @param announcements periodic announcements to waiting callers, by queue name
 * @param leaseGraceSeconds how long after its ring timeout an offer may stay unanswered
 * before the engine takes it back itself (the adapter normally reports the failure first)
 * @param ringRetrySeconds after a missed offer, when a waiting contact may be offered
 * again to an agent who already missed it
 * @param directRingTimeoutSeconds ring timeout for {@code agent:ID} entries
 * @param manualWrapUpLimitSeconds longest after-call work in queues where it lasts until
 * the agent says ready; then the agent goes NOT_READY ("wrap-up limit"), so that no
 * forgotten desk keeps an agent in WRAP_UP forever
 */
public record CenterConfig(ZoneId timeZone, List<AgentConfig> agents, List<QueueConfig> queues,
		Map<String, BusinessCalendar> calendars, List<InboundRoute> inboundRoutes, List<VipRule> vipRules,
		Blacklist blacklist, Map<String, IvrFlow> ivrFlows, Map<String, Announcement> announcements,
		int leaseGraceSeconds, int ringRetrySeconds, int directRingTimeoutSeconds, int manualWrapUpLimitSeconds) {

	public CenterConfig {
		agents = List.copyOf(agents);
		queues = List.copyOf(queues);
		calendars = Map.copyOf(calendars);
		inboundRoutes = List.copyOf(inboundRoutes);
		vipRules = List.copyOf(vipRules);
		ivrFlows = Map.copyOf(ivrFlows);
		announcements = Map.copyOf(announcements);
		blacklist = (blacklist != null) ? blacklist : Blacklist.NONE;
		timeZone = (timeZone != null) ? timeZone : ZoneId.of("UTC");
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Checks that every reference resolves and every number is in range. */
	public CenterConfig validate() {
		Map<String, QueueConfig> queuesByName = new HashMap<>();
		for (QueueConfig queue : this.queues) {
			if (queuesByName.put(queue.name(), queue) != null) {
				throw new IllegalArgumentException("queue '" + queue.name() + "' is defined twice");
			}
		}
		Set<String> agentIds = new HashSet<>();
		for (AgentConfig agent : this.agents) {
			if (!agentIds.add(agent.id())) {
				throw new IllegalArgumentException("agent '" + agent.id() + "' is defined twice");
			}
			agent.queues().keySet().forEach((name) -> {
				if (!queuesByName.containsKey(name)) {
					throw new IllegalArgumentException("agent '" + agent.id() + "' is a member of unknown queue '"
							+ name + "'; define the queue or remove the membership");
				}
			});
		}
		for (QueueConfig queue : this.queues) {
			queue.destinations()
				.forEach((what, target) -> checkTarget("queue '" + queue.name() + "' " + what, target,
						queuesByName.keySet(), agentIds, true));
			checkCalendar("queue '" + queue.name() + "'", queue.calendar());
		}
		Set<String> numbers = new HashSet<>();
		for (InboundRoute route : this.inboundRoutes) {
			if (!numbers.add(route.number())) {
				throw new IllegalArgumentException("inbound number '" + route.number() + "' is routed twice");
			}
			String what = "inbound route for '" + route.number() + "'";
			checkTarget(what, route.entry(), queuesByName.keySet(), agentIds, false);
			checkCalendar(what, route.calendar());
			if (route.closedTarget() != null) {
				checkTarget(what + " when closed", route.closedTarget(), queuesByName.keySet(), agentIds, false);
			}
		}
		this.announcements.keySet().forEach((queue) -> {
			if (!queuesByName.containsKey(queue)) {
				throw new IllegalArgumentException("announcement for unknown queue '" + queue + "'");
			}
		});
		if (this.blacklist.divert() != null) {
			checkTarget("blacklist diversion", this.blacklist.divert(), queuesByName.keySet(), agentIds, false);
		}
		if (this.leaseGraceSeconds < 1 || this.ringRetrySeconds < 1 || this.directRingTimeoutSeconds < 1
				|| this.manualWrapUpLimitSeconds < 1) {
			throw new IllegalArgumentException(
					"leaseGraceSeconds, ringRetrySeconds, directRingTimeoutSeconds and manualWrapUpLimitSeconds must be at least 1 second");
		}
		return this;
	}

	private void checkCalendar(String what, String calendar) {
		if (calendar != null && !this.calendars.containsKey(calendar)) {
			throw new IllegalArgumentException(what + " uses unknown calendar '" + calendar + "'");
		}
	}

	private void checkTarget(String what, Destination target, Set<String> queues, Set<String> agents,
			boolean relaxAllowed) {
		Set<String> ivrs = this.ivrFlows.keySet();
		if (target == null) {
			return;
		}
		if (target.kind() == Destination.Kind.QUEUE && !queues.contains(target.target())) {
			throw new IllegalArgumentException(what + " goes to unknown queue '" + target.target() + "'");
		}
		if (target.kind() == Destination.Kind.AGENT && !agents.contains(target.target())) {
			throw new IllegalArgumentException(what + " goes to unknown agent '" + target.target() + "'");
		}
		if (target.kind() == Destination.Kind.IVR && !ivrs.contains(target.target())) {
			throw new IllegalArgumentException(what + " goes to unknown IVR flow '" + target.target() + "'");
		}
		if (target.kind() == Destination.Kind.RELAX_SKILLS && !relaxAllowed) {
			throw new IllegalArgumentException(what + " cannot be relax-skills: that only works inside a queue");
		}
	}

	/**
	 * An agent: skills (name to level 1..10), queue memberships with a penalty (tier,
	 * lower is offered first) and how many ring misses in a row make them NOT_READY.
	 */
	public record AgentConfig(String id, String name, Map<String, Integer> skills, Map<String, Integer> queues,
			int maxRingMisses) {

		public AgentConfig {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("an agent needs an id");
			}
			name = (name != null) ? name : id;
			skills = Map.copyOf(skills);
			queues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queues));
			skills.forEach((skill, level) -> {
				if (level < 1 || level > 10) {
					throw new IllegalArgumentException(
							"agent '" + id + "' has skill '" + skill + "' at level " + level + "; use 1 to 10");
				}
			});
			queues.forEach((queue, penalty) -> {
				if (penalty < 0) {
					throw new IllegalArgumentException(
							"agent '" + id + "' has a negative penalty in queue '" + queue + "'");
				}
			});
			if (maxRingMisses < 1) {
				throw new IllegalArgumentException("agent '" + id + "' needs maxRingMisses of at least 1");
			}
		}

		/** Starts an agent with no skills, no queues and 3 ring misses allowed. */
		public static AgentBuilder of(String id) {
			return new AgentBuilder(id);
		}

		public int skillLevel(String skill) {
			return this.skills.getOrDefault(skill, 0);
		}

	}

	/** Builds an {@link AgentConfig}. */
	public static final class AgentBuilder {

		private final String id;

		private String name;

		private final Map<String, Integer> skills = new HashMap<>();

		private final Map<String, Integer> queues = new LinkedHashMap<>();

		private int maxRingMisses = 3;

		AgentBuilder(String id) {
			this.id = id;
		}

		public AgentBuilder name(String name) {
			this.name = name;
			return this;
		}

		public AgentBuilder skill(String skill, int level) {
			this.skills.put(skill, level);
			return this;
		}

		/** Member of {@code queue} with penalty 0 (first tier). */
		public AgentBuilder queue(String queue) {
			return queue(queue, 0);
		}

		public AgentBuilder queue(String queue, int penalty) {
			this.queues.put(queue, penalty);
			return this;
		}

		public AgentBuilder maxRingMisses(int misses) {
			this.maxRingMisses = misses;
			return this;
		}

		public AgentConfig build() {
			return new AgentConfig(this.id, this.name, this.skills, this.queues, this.maxRingMisses);
		}

	}

	/**
	 * A dialled number and where its calls go; when {@code calendar} is closed they go to
	 * {@code closedTarget} instead (hang up if none).
	 */
	public record InboundRoute(String number, Destination entry, String calendar, Destination closedTarget) {

		public InboundRoute {
			if (number == null || number.isBlank() || entry == null) {
				throw new IllegalArgumentException("an inbound route needs a number and an entry");
			}
		}

		public static InboundRoute of(String number, String entry) {
			return new InboundRoute(number, Destination.parse(entry), null, null);
		}

	}

	/**
	 * Callers listed by number or matching a number prefix get {@code priority} (the
	 * highest matching rule wins).
	 */
	public record VipRule(String name, Set<String> numbers, Set<String> prefixes, int priority) {

		public VipRule {
			numbers = Set.copyOf(numbers);
			prefixes = Set.copyOf(prefixes);
		}

		public boolean matches(String caller) {
			if (caller == null) {
				return false;
			}
			if (this.numbers.contains(caller)) {
				return true;
			}
			for (String prefix : this.prefixes) {
				if (caller.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Callers refused at the door, by number or number prefix; diverted to {@code divert}
	 * if set, otherwise rejected.
	 */
	public record Blacklist(Set<String> numbers, Set<String> prefixes, Destination divert) {

		/** An empty blacklist. */
		public static final Blacklist NONE = new Blacklist(Set.of(), Set.of(), null);

		public Blacklist {
			numbers = Set.copyOf(numbers);
			prefixes = Set.copyOf(prefixes);
		}

		public boolean matches(String caller) {
			return new VipRule("blacklist", this.numbers, this.prefixes, 0).matches(caller);
		}

	}

	/**
	 * A prompt played to every caller waiting in a queue each {@code everySeconds}; the
	 * adapter gets {@code queue}, {@code waiting} and {@code estimatedWaitSeconds} as
	 * prompt parameters.
	 */
	public record Announcement(int everySeconds, String prompt) {

		public Announcement {
			if (everySeconds < 1 || prompt == null || prompt.isBlank()) {
				throw new IllegalArgumentException(
						"an announcement needs a prompt and an interval of at least 1 second");
			}
		}

	}

	/** Builds a {@link CenterConfig}. */
	public static final class Builder {

		private ZoneId timeZone = ZoneId.of("UTC");

		private final List<AgentConfig> agents = new ArrayList<>();

		private final List<QueueConfig> queues = new ArrayList<>();

		private final Map<String, BusinessCalendar> calendars = new HashMap<>();

		private final List<InboundRoute> routes = new ArrayList<>();

		private final List<VipRule> vipRules = new ArrayList<>();

		private Blacklist blacklist = Blacklist.NONE;

		private final Map<String, IvrFlow> ivrFlows = new HashMap<>();

		private final Map<String, Announcement> announcements = new HashMap<>();

		private int leaseGraceSeconds = 5;

		private int ringRetrySeconds = 5;

		private int directRingTimeoutSeconds = 20;

		private int manualWrapUpLimitSeconds = 1800;

		public Builder timeZone(ZoneId zone) {
			this.timeZone = zone;
			return this;
		}

		public Builder agent(AgentConfig agent) {
			this.agents.add(agent);
			return this;
		}

		public Builder agent(AgentBuilder agent) {
			return agent(agent.build());
		}

		public Builder queue(QueueConfig queue) {
			this.queues.add(queue);
			return this;
		}

		public Builder queue(QueueConfig.Builder queue) {
			return queue(queue.build());
		}

		public Builder calendar(String name, BusinessCalendar calendar) {
			this.calendars.put(name, calendar);
			return this;
		}

		public Builder route(InboundRoute route) {
			this.routes.add(route);
			return this;
		}

		public Builder vip(VipRule rule) {
			this.vipRules.add(rule);
			return this;
		}

		public Builder blacklist(Blacklist blacklist) {
			this.blacklist = blacklist;
			return this;
		}

		public Builder ivr(IvrFlow flow) {
			this.ivrFlows.put(flow.name(), flow);
			return this;
		}

		/**
		 * Plays {@code prompt} to callers waiting in {@code queue} every
		 * {@code everySeconds}.
		 */
		public Builder announce(String queue, int everySeconds, String prompt) {
			this.announcements.put(queue, new Announcement(everySeconds, prompt));
			return this;
		}

		public Builder leaseGraceSeconds(int seconds) {
			this.leaseGraceSeconds = seconds;
			return this;
		}

		public Builder ringRetrySeconds(int seconds) {
			this.ringRetrySeconds = seconds;
			return this;
		}

		public Builder manualWrapUpLimitSeconds(int seconds) {
			this.manualWrapUpLimitSeconds = seconds;
			return this;
		}

		public Builder directRingTimeoutSeconds(int seconds) {
			this.directRingTimeoutSeconds = seconds;
			return this;
		}

		/** Builds and validates. */
		public CenterConfig build() {
			return new CenterConfig(this.timeZone, this.agents, this.queues, this.calendars, this.routes, this.vipRules,
					this.blacklist, this.ivrFlows, this.announcements, this.leaseGraceSeconds, this.ringRetrySeconds,
					this.directRingTimeoutSeconds, this.manualWrapUpLimitSeconds)
				.validate();
		}

	}

}
