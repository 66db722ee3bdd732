package org.switchboard.engine.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Rings every ready member of the lowest penalty tier at once; the first to answer gets
 * the contact and the others' rings are cancelled.
 */
public final class RingAllStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "ring-all";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new TierPool();
	}

	@Override
	public boolean ringsAll() {
		return true;
	}

	@Override
	public String explain(Member chosen) {
		return "ring all: every ready member at penalty " + chosen.penalty();
	}

	/** Returns the whole best tier, without agents who already missed the contact. */
	private static final class TierPool extends SortedPool {

		TierPool() {
			super(Keys.idle());
		}

		@Override
		public List<Member> choose(Set<String> avoid, RandomGenerator random) {
			Member first = first();
			if (first == null) {
				return List.of();
			}
			List<Member> tier = new ArrayList<>();
			for (Member member : inOrder()) {
				if (member.penalty() != first.penalty()) {
					break;
				}
				if (!avoid.contains(member.agentId())) {
					tier.add(member);
				}
			}
			return tier.isEmpty() ? List.of(first) : tier;
		}

	}

}
