package org.switchboard.engine.routing;

import java.time.Duration;

/**
 * Offers a caller to the agent who last served them within {@code memory}, if that agent
 * becomes ready within {@code wait}; otherwise (and for new callers) it falls back to
 * longest idle. The engine holds the contact for the agent; this class answers who and
 * how long.
 */
public final class StickyStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "sticky";

	private final CallerMemory callers;

	private final long memoryMillis;

	private final Duration wait;

	private final LongestIdleStrategy fallback = new LongestIdleStrategy();

	public StickyStrategy(CallerMemory callers, Duration memory, Duration wait) {
		this.callers = callers;
		this.memoryMillis = memory.toMillis();
		this.wait = wait;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return this.fallback.newPool();
	}

	/** The agent who last served {@code caller} recently enough, or null. */
	public String preferredAgent(String caller, long nowMillis) {
		return this.callers.lastAgent(caller, nowMillis, this.memoryMillis);
	}

	/** Records who served {@code caller}. */
	public void served(String caller, String agentId, long nowMillis) {
		this.callers.remember(caller, agentId, nowMillis);
	}

	/** How long a contact is held for its preferred agent. */
	public Duration waitForPreferred() {
		return this.wait;
	}

	@Override
	public String explain(Member chosen) {
		return "sticky fallback, " + this.fallback.explain(chosen);
	}

	/** The wording for the preferred agent's pick. */
	public String explainPreferred(Member chosen) {
		return "sticky: " + chosen.agentId() + " served this caller within the last "
				+ Duration.ofMillis(this.memoryMillis).toDays() + " days";
	}

}
