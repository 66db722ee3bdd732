package org.switchboard.engine.routing;

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
		return new SortedPool((member) -> member.agent().talkMillisToday(), Keys::idleSince);
	}

	@Override
	public String explain(Member chosen) {
		return "least talk time today: " + chosen.agent().talkTimeToday() + ", penalty " + chosen.penalty();
	}

}
