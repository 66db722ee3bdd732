package org.switchboard.engine.routing;

/** Offers a uniformly random ready member of the lowest penalty tier. */
public final class RandomStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "random";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new RandomPool();
	}

	@Override
	public String explain(Member chosen) {
		return "random pick in penalty tier " + chosen.penalty();
	}

}
