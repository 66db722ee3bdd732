package org.switchboard.engine.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;

/**
 * A {@link ReadyPool} kept sorted by penalty, then a strategy's two keys, then
 * configuration position (unique within a queue, so no two members compare equal). The
 * keys are copied into the index when a member joins, so comparisons touch one small
 * object per tree level instead of chasing member and agent.
 */
class SortedPool implements ReadyPool {

	private static final Comparator<Slot> ORDER = Comparator.comparingInt(Slot::penalty)
		.thenComparingLong(Slot::first)
		.thenComparingLong(Slot::second)
		.thenComparingInt(Slot::position);

	private final ToLongFunction<Member> first;

	private final ToLongFunction<Member> second;

	private final TreeSet<Slot> slots = new TreeSet<>(ORDER);

	private final Map<Member, Slot> index = new IdentityHashMap<>();

	SortedPool(ToLongFunction<Member> first, ToLongFunction<Member> second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public void add(Member member) {
		Slot slot = new Slot(member.penalty(), this.first.applyAsLong(member), this.second.applyAsLong(member),
				member.position(), member);
		if (this.index.putIfAbsent(member, slot) == null) {
			this.slots.add(slot);
		}
	}

	@Override
	public void remove(Member member) {
		Slot slot = this.index.remove(member);
		if (slot != null) {
			this.slots.remove(slot);
		}
	}

	@Override
	public int size() {
		return this.slots.size();
	}

	@Override
	public List<Member> choose(Set<String> avoid, RandomGenerator random) {
		if (this.slots.isEmpty()) {
			return List.of();
		}
		Member best = this.slots.first().member();
		if (avoid.isEmpty() || !avoid.contains(best.agentId())) {
			return List.of(best);
		}
		for (Slot slot : this.slots) {
			if (!avoid.contains(slot.member().agentId())) {
				return List.of(slot.member());
			}
		}
		return List.of(best);
	}

	/** The members in order. */
	List<Member> inOrder() {
		List<Member> members = new ArrayList<>(this.slots.size());
		this.slots.forEach((slot) -> members.add(slot.member()));
		return members;
	}

	/** The members of the best penalty tier, in order. */
	List<Member> bestTier() {
		List<Member> tier = new ArrayList<>();
		if (this.slots.isEmpty()) {
			return tier;
		}
		int penalty = this.slots.first().penalty();
		for (Slot slot : this.slots) {
			if (slot.penalty() != penalty) {
				break;
			}
			tier.add(slot.member());
		}
		return tier;
	}

	private record Slot(int penalty, long first, long second, int position, Member member) {
	}

}
