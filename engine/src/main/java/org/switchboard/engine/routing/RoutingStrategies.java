package org.switchboard.engine.routing;

import java.time.Duration;
import java.util.List;

/** Makes a strategy from its configuration name. */
public final class RoutingStrategies {

	/** Every strategy name the configuration accepts. */
	public static final List<String> NAMES = List.of(LongestIdleStrategy.NAME, RoundRobinStrategy.NAME,
			FewestCallsStrategy.NAME, LeastTalkTimeStrategy.NAME, RingAllStrategy.NAME, LinearStrategy.NAME,
			RandomStrategy.NAME, BestSkillStrategy.NAME, StickyStrategy.NAME);

	private RoutingStrategies() {
	}

	/**
	 * A fresh strategy for one queue; {@code sticky} remembers callers in {@code callers}
	 * for {@code stickyMemory} and waits {@code stickyWait} for the remembered agent.
	 */
	public static RoutingStrategy create(String name, CallerMemory callers, Duration stickyMemory,
			Duration stickyWait) {
		return switch (name) {
			case LongestIdleStrategy.NAME -> new LongestIdleStrategy();
			case RoundRobinStrategy.NAME -> new RoundRobinStrategy();
			case FewestCallsStrategy.NAME -> new FewestCallsStrategy();
			case LeastTalkTimeStrategy.NAME -> new LeastTalkTimeStrategy();
			case RingAllStrategy.NAME -> new RingAllStrategy();
			case LinearStrategy.NAME -> new LinearStrategy();
			case RandomStrategy.NAME -> new RandomStrategy();
			case BestSkillStrategy.NAME -> new BestSkillStrategy();
			case StickyStrategy.NAME -> new StickyStrategy(callers, stickyMemory, stickyWait);
			default ->
				throw new IllegalArgumentException("unknown routing strategy '" + name + "'; choose one of " + NAMES);
		};
	}

}
