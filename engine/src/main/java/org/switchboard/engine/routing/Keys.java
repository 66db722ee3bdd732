package org.switchboard.engine.routing;

import java.time.Instant;
import java.util.Comparator;

/** Ordering keys and log wording shared by several strategies. */
final class Keys {

	private Keys() {
	}

	/** Longest idle first: earliest moment of becoming READY. */
	static Comparator<Member> idle() {
		return Comparator.comparingLong((member) -> member.agent().idleSinceMillis());
	}

	static String since(long millis) {
		return Instant.ofEpochMilli(millis).toString();
	}

}
