package org.switchboard.engine.routing;

/**
 * How a queue picks among its ready agents. A strategy shapes the index
 * ({@link #newPool()}) so the pick is a lookup, never a scan; agents in a lower penalty
 * tier always come first. One instance serves one queue.
 */
public interface RoutingStrategy {

	/** The configuration name, e.g. {@code longest-idle}. */
	String name();

	/** A new, empty index of ready members ordered the way this strategy chooses. */
	ReadyPool newPool();

	/**
	 * Called once a member has been offered a contact and taken out of every pool (round
	 * robin remembers it here).
	 */
	default void offered(Member member) {
	}

	/** Whether one contact rings every member that {@link ReadyPool#choose} returns. */
	default boolean ringsAll() {
		return false;
	}

	/** Why {@code chosen} was picked, for the debug log. */
	String explain(Member chosen);

}
