package org.switchboard.engine.routing;

/**
 * Offers the agent with the highest summed level in the queue's required skills, then the
 * longest idle.
 */
public final class BestSkillStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "best-skill";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new SortedPool((member) -> -member.skillScore(), Keys::idleSince);
	}

	@Override
	public String explain(Member chosen) {
		return "best skill: score " + chosen.skillScore() + ", ready since "
				+ Keys.since(chosen.agent().idleSinceMillis()) + ", penalty " + chosen.penalty();
	}

}
