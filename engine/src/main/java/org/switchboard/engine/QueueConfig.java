package org.switchboard.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.switchboard.engine.routing.RoutingStrategies;

/**
 * One queue: how agents are chosen, what a contact needs, and where it goes when waiting
 * is not an option. Times are whole seconds; 0 switches a limit off. Build with
 * {@link #named(String)}.
 *
 * @param name unique queue name
 * @param strategy routing strategy name (see {@link RoutingStrategies#NAMES})
 * @param requiredSkills skill name to minimum level (1..10) an agent needs
 * @param priority priority of contacts entering this queue (higher is served first); a
 * VIP rule may raise it
 * @param serviceLevelSeconds answer-time target for KPIs
 * @param wrapUpSeconds after-call work; 0 none, -1 until the agent says ready
 * @param ringTimeoutSeconds how long an offered agent rings
 * @param maxWaitSeconds longest wait before {@code maxWaitTarget}
 * @param maxWaitTarget where a contact goes after {@code maxWaitSeconds}
 * @param maxLength most waiting contacts; a further one goes to {@code fullTarget}
 * @param fullTarget where a contact goes when the queue is full
 * @param joinWhenEmpty whether a contact may join while no qualified agent is logged in
 * @param leaveWhenEmpty whether waiting contacts leave when the last qualified agent logs
 * out
 * @param emptyTarget where contacts go when the queue has no agents
 * @param estimatedWaitSeconds estimated wait above which a joining contact goes to
 * {@code estimatedWaitTarget}
 * @param estimatedWaitTarget destination when the estimated wait is too long
 * @param agingSeconds every this many seconds of waiting count as one more priority level
 * @param stickyDays how far back {@code sticky} remembers who served a caller
 * @param stickyWaitSeconds how long {@code sticky} waits for that agent to become ready
 * @param calendar business calendar name; closed sends contacts to {@code closedTarget}
 * @param closedTarget destination while the calendar is closed
 * @param defaultHandleSeconds handle time assumed for the estimated wait until calls have
 * been measured
 */
public record QueueConfig(String name, String strategy, Map<String, Integer> requiredSkills, int priority,
		int serviceLevelSeconds, int wrapUpSeconds, int ringTimeoutSeconds, int maxWaitSeconds,
		Destination maxWaitTarget, int maxLength, Destination fullTarget, boolean joinWhenEmpty, boolean leaveWhenEmpty,
		Destination emptyTarget, int estimatedWaitSeconds, Destination estimatedWaitTarget, int agingSeconds,
		int stickyDays, int stickyWaitSeconds, String calendar, Destination closedTarget, int defaultHandleSeconds) {

	public QueueConfig {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a queue needs a name");
		}
		if (!RoutingStrategies.NAMES.contains(strategy)) {
			throw new IllegalArgumentException("queue '" + name + "' uses unknown strategy '" + strategy
					+ "'; choose one of " + RoutingStrategies.NAMES);
		}
		requiredSkills = Map.copyOf(requiredSkills);
		requiredSkills.forEach((skill, level) -> {
			if (level < 1 || level > 10) {
				throw new IllegalArgumentException(
						"queue '" + name + "' requires skill '" + skill + "' at level " + level + "; use 1 to 10");
			}
		});
		positive(name, "ringTimeoutSeconds", ringTimeoutSeconds, 1);
		positive(name, "serviceLevelSeconds", serviceLevelSeconds, 0);
		positive(name, "wrapUpSeconds", wrapUpSeconds, -1);
		positive(name, "maxWaitSeconds", maxWaitSeconds, 0);
		positive(name, "maxLength", maxLength, 0);
		positive(name, "estimatedWaitSeconds", estimatedWaitSeconds, 0);
		positive(name, "agingSeconds", agingSeconds, 0);
		positive(name, "stickyDays", stickyDays, 0);
		positive(name, "stickyWaitSeconds", stickyWaitSeconds, 0);
		positive(name, "defaultHandleSeconds", defaultHandleSeconds, 1);
		needsTarget(name, "maxWaitSeconds", maxWaitSeconds, maxWaitTarget);
		needsTarget(name, "maxLength", maxLength, fullTarget);
		needsTarget(name, "estimatedWaitSeconds", estimatedWaitSeconds, estimatedWaitTarget);
		if ((!joinWhenEmpty || leaveWhenEmpty) && emptyTarget == null) {
			throw new IllegalArgumentException("queue '" + name
					+ "' refuses contacts without agents but has no emptyTarget; set one (e.g. voicemail:" + name
					+ ")");
		}
	}

	private static void positive(String queue, String field, int value, int min) {
		if (value < min) {
			throw new IllegalArgumentException(
					"queue '" + queue + "' has " + field + " = " + value + "; it must be at least " + min);
		}
	}

	private static void needsTarget(String queue, String field, int value, Destination target) {
		if (value > 0 && target == null) {
			throw new IllegalArgumentException(
					"queue '" + queue + "' sets " + field + " but no destination for it; add the matching target");
		}
	}

	/** Starts a longest-idle queue with 20 s ring timeout and no limits. */
	public static Builder named(String name) {
		return new Builder(name);
	}

	/** The overflow destinations by what triggers them, for validation. */
	Map<String, Destination> destinations() {
		Map<String, Destination> map = new LinkedHashMap<>();
		map.put("maxWaitTarget", this.maxWaitTarget);
		map.put("fullTarget", this.fullTarget);
		map.put("emptyTarget", this.emptyTarget);
		map.put("estimatedWaitTarget", this.estimatedWaitTarget);
		map.put("closedTarget", this.closedTarget);
		map.values().removeIf(java.util.Objects::isNull);
		return map;
	}

	/** Builds a {@link QueueConfig}. */
	public static final class Builder {

		private final String name;

		private String strategy = "longest-idle";

		private final Map<String, Integer> requiredSkills = new HashMap<>();

		private int priority;

		private int serviceLevelSeconds = 20;

		private int wrapUpSeconds;

		private int ringTimeoutSeconds = 20;

		private int maxWaitSeconds;

		private Destination maxWaitTarget;

		private int maxLength;

		private Destination fullTarget;

		private boolean joinWhenEmpty = true;

		private boolean leaveWhenEmpty;

		private Destination emptyTarget;

		private int estimatedWaitSeconds;

		private Destination estimatedWaitTarget;

		private int agingSeconds;

		private int stickyDays = 30;

		private int stickyWaitSeconds = 30;

		private String calendar;

		private Destination closedTarget;

		private int defaultHandleSeconds = 180;

		Builder(String name) {
			this.name = name;
		}

		public Builder strategy(String strategy) {
			this.strategy = strategy;
			return this;
		}

		public Builder requiredSkill(String skill, int minLevel) {
			this.requiredSkills.put(skill, minLevel);
			return this;
		}

		public Builder priority(int priority) {
			this.priority = priority;
			return this;
		}

		public Builder serviceLevelSeconds(int seconds) {
			this.serviceLevelSeconds = seconds;
			return this;
		}

		public Builder wrapUpSeconds(int seconds) {
			this.wrapUpSeconds = seconds;
			return this;
		}

		public Builder ringTimeoutSeconds(int seconds) {
			this.ringTimeoutSeconds = seconds;
			return this;
		}

		public Builder maxWait(int seconds, String target) {
			this.maxWaitSeconds = seconds;
			this.maxWaitTarget = Destination.parse(target);
			return this;
		}

		public Builder maxLength(int length, String target) {
			this.maxLength = length;
			this.fullTarget = Destination.parse(target);
			return this;
		}

		/**
		 * Refuse contacts while no qualified agent is logged in; send them to
		 * {@code target}.
		 */
		public Builder refuseWhenEmpty(String target) {
			this.joinWhenEmpty = false;
			this.emptyTarget = Destination.parse(target);
			return this;
		}

		/**
		 * Waiting contacts leave for {@code target} when the last qualified agent logs
		 * out.
		 */
		public Builder leaveWhenEmpty(String target) {
			this.leaveWhenEmpty = true;
			this.emptyTarget = Destination.parse(target);
			return this;
		}

		public Builder estimatedWait(int seconds, String target) {
			this.estimatedWaitSeconds = seconds;
			this.estimatedWaitTarget = Destination.parse(target);
			return this;
		}

		public Builder agingSeconds(int seconds) {
			this.agingSeconds = seconds;
			return this;
		}

		public Builder sticky(int days, int waitSeconds) {
			this.stickyDays = days;
			this.stickyWaitSeconds = waitSeconds;
			return this;
		}

		public Builder calendar(String calendar, String closedTarget) {
			this.calendar = calendar;
			this.closedTarget = Destination.parse(closedTarget);
			return this;
		}

		public Builder defaultHandleSeconds(int seconds) {
			this.defaultHandleSeconds = seconds;
			return this;
		}

		public QueueConfig build() {
			return new QueueConfig(this.name, this.strategy, this.requiredSkills, this.priority,
					this.serviceLevelSeconds, this.wrapUpSeconds, this.ringTimeoutSeconds, this.maxWaitSeconds,
					this.maxWaitTarget, this.maxLength, this.fullTarget, this.joinWhenEmpty, this.leaveWhenEmpty,
					this.emptyTarget, this.estimatedWaitSeconds, this.estimatedWaitTarget, this.agingSeconds,
					this.stickyDays, this.stickyWaitSeconds, this.calendar, this.closedTarget,
					this.defaultHandleSeconds);
		}

	}

}
