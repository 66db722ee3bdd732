package org.switchboard.engine.routing;

/** Offers the agent who answered fewest contacts today, then the longest idle. */
public final class FewestCallsStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "fewest-calls";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new SortedPool((member) -> member.agent().callsToday(), Keys::idleSince);
	}

	@Override
	public String explain(Member chosen) {
		return "fewest calls today: " + chosen.agent().callsToday() + ", penalty " + chosen.penalty();
	}

}
