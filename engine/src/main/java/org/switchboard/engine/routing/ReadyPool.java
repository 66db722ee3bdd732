package org.switchboard.engine.routing;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The READY members of one queue, indexed in a strategy's order so that choosing costs
 * O(log n) instead of a scan.
 */
public interface ReadyPool {

	void add(Member member);

	void remove(Member member);

	int size();

	default boolean isEmpty() {
		return size() == 0;
	}

	/**
	 * The members to offer a contact to, best first: one member, or a whole tier for
	 * ring-all. Members whose agents are in {@code avoid} (they missed this contact) are
	 * passed over while anyone else is ready. Empty when the pool is empty.
	 */
	List<Member> choose(Set<String> avoid, RandomGenerator random);

}
