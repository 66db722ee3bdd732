package org.switchboard.engine.routing;

import java.util.HashMap;
import java.util.Map;

/** Who last served each caller, and when: the memory behind {@code sticky} routing. */
public final class CallerMemory {

	private final Map<String, Served> lastServed = new HashMap<>();

	/** Records that {@code agentId} answered {@code caller} at {@code atMillis}. */
	public void remember(String caller, String agentId, long atMillis) {
		if (caller != null) {
			this.lastServed.put(caller, new Served(agentId, atMillis));
		}
	}

	/**
	 * The agent who last served {@code caller} no longer than {@code maxAgeMillis} before
	 * {@code nowMillis}, or null.
	 */
	public String lastAgent(String caller, long nowMillis, long maxAgeMillis) {
		Served served = (caller != null) ? this.lastServed.get(caller) : null;
		if (served == null) {
			return null;
		}
		if (nowMillis - served.atMillis > maxAgeMillis) {
			this.lastServed.remove(caller);
			return null;
		}
		return served.agentId;
	}

	public int size() {
		return this.lastServed.size();
	}

	private record Served(String agentId, long atMillis) {
	}

}
