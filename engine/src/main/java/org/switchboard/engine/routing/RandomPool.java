package org.switchboard.engine.routing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A {@link ReadyPool} that picks uniformly among the members of the lowest penalty tier:
 * each tier is an array with swap-removal, so add, remove and choose are O(log tiers).
 */
final class RandomPool implements ReadyPool {

	private final TreeMap<Integer, List<Member>> tiers = new TreeMap<>();

	private final Map<Member, Integer> slots = new IdentityHashMap<>();

	@Override
	public void add(Member member) {
		if (this.slots.containsKey(member)) {
			return;
		}
		List<Member> tier = this.tiers.computeIfAbsent(member.penalty(), (penalty) -> new ArrayList<>());
		this.slots.put(member, tier.size());
		tier.add(member);
	}

	@Override
	public void remove(Member member) {
		Integer slot = this.slots.remove(member);
		if (slot == null) {
			return;
		}
		List<Member> tier = this.tiers.get(member.penalty());
		Member last = tier.remove(tier.size() - 1);
		if (last != member) {
			tier.set(slot, last);
			this.slots.put(last, slot);
		}
		if (tier.isEmpty()) {
			this.tiers.remove(member.penalty());
		}
	}

	@Override
	public int size() {
		return this.slots.size();
	}

	@Override
	public List<Member> choose(Set<String> avoid, RandomGenerator random) {
		if (this.tiers.isEmpty()) {
			return List.of();
		}
		List<Member> tier = this.tiers.firstEntry().getValue();
		Member pick = tier.get(random.nextInt(tier.size()));
		if (avoid.isEmpty() || !avoid.contains(pick.agentId())) {
			return List.of(pick);
		}
		for (List<Member> members : this.tiers.values()) {
			for (Member member : members) {
				if (!avoid.contains(member.agentId())) {
					return List.of(member);
				}
			}
		}
		return List.of(pick);
	}

}
