package org.switchboard.engine.routing;

/**
 * Round robin with memory (Asterisk {@code rrmemory}): offers the ready member whose last
 * offer in this queue lies furthest back, so the rotation resumes where it stopped even
 * when agents toggle ready in between.
 */
public final class RoundRobinStrategy implements RoutingStrategy {

	/** The configuration name. */
	public static final String NAME = "round-robin";

	private long offers;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ReadyPool newPool() {
		return new SortedPool(Member::lastOfferSeq, Keys::none);
	}

	@Override
	public void offered(Member member) {
		member.lastOfferSeq(++this.offers);
	}

	@Override
	public String explain(Member chosen) {
		return "round robin: last offered as number " + chosen.lastOfferSeq() + " of " + this.offers + ", penalty "
				+ chosen.penalty();
	}

}
