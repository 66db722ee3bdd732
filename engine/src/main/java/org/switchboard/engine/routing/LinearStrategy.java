package org.switchboard.engine.routing;

/** Top-down: always offers the first ready agent in configuration order. */
public final class LinearStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "linear";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new SortedPool(Keys::none, Keys::none);
	}

	@Override
	public String explain(Member chosen) {
		return "first ready in configured order: position " + chosen.position() + ", penalty " + chosen.penalty();
	}

}
