package org.switchboard.engine.routing;

import java.util.Comparator;

/** Offers the agent with the least talk (and hold) time today, then the longest idle. */
public final class LeastTalkTimeStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "least-talk-time";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new SortedPool(Comparator.comparingLong((Member member) -> member.agent().talkMillisToday())
			.thenComparing(Keys.idle()));
	}

	@Override
	public String explain(Member chosen) {
		return "least talk time today: " + chosen.agent().talkTimeToday() + ", penalty " + chosen.penalty();
	}

}
