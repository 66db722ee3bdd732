package org.switchboard.engine.routing;

import java.time.Instant;

/** Ordering keys and log wording shared by several strategies. */
final class Keys {

	private Keys() {
	}

	/** Longest idle first: earliest moment of becoming READY. */
	static long idleSince(Member member) {
		return member.agent().idleSinceMillis();
	}

	/** No key: leave the order to penalty and position. */
	static long none(Member member) {
		return 0;
	}

	static String since(long millis) {
		return Instant.ofEpochMilli(millis).toString();
	}

}
