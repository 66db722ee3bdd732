package org.switchboard.engine.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A {@link ReadyPool} kept sorted by penalty, then a strategy's key, then configuration
 * position (unique within a queue, so no two members compare equal).
 */
class SortedPool implements ReadyPool {

	private final TreeSet<Member> members;

	SortedPool(Comparator<Member> key) {
		this.members = new TreeSet<>(
				Comparator.comparingInt(Member::penalty).thenComparing(key).thenComparingInt(Member::position));
	}

	@Override
	public void add(Member member) {
		this.members.add(member);
	}

	@Override
	public void remove(Member member) {
		this.members.remove(member);
	}

	@Override
	public int size() {
		return this.members.size();
	}

	@Override
	public List<Member> choose(Set<String> avoid, RandomGenerator random) {
		if (this.members.isEmpty()) {
			return List.of();
		}
		Member first = this.members.first();
		if (avoid.isEmpty() || !avoid.contains(first.agentId())) {
			return List.of(first);
		}
		for (Member member : this.members) {
			if (!avoid.contains(member.agentId())) {
				return List.of(member);
			}
		}
		return List.of(first);
	}

	Iterable<Member> inOrder() {
		return this.members;
	}

	Member first() {
		return this.members.isEmpty() ? null : this.members.first();
	}

}
