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
			super(Keys::idleSince, Keys::none);
		}

		@Override
		public List<Member> choose(Set<String> avoid, RandomGenerator random) {
			List<Member> tier = bestTier();
			if (tier.isEmpty()) {
				return tier;
			}
			List<Member> willing = new ArrayList<>(tier.size());
			for (Member member : tier) {
				if (!avoid.contains(member.agentId())) {
					willing.add(member);
				}
			}
			return willing.isEmpty() ? List.of(tier.get(0)) : willing;
		}

	}

}
