package org.switchboard.engine.routing;

/**
 * Offers the agent who has been ready longest (Asterisk {@code leastrecent} counted from
 * READY).
 */
public final class LongestIdleStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "longest-idle";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new IdleOrderPool();
	}

	@Override
	public String explain(Member chosen) {
		return "longest idle: ready since " + Keys.since(chosen.agent().idleSinceMillis()) + ", penalty "
				+ chosen.penalty();
	}

}
