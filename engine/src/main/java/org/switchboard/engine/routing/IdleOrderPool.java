package org.switchboard.engine.routing;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A {@link ReadyPool} in longest-idle order (penalty, then moment of becoming READY, then
 * position) kept as one doubly linked list per penalty tier. Agents join the pool the
 * moment they become READY, so a newcomer almost always belongs at the tail: adding and
 * removing cost O(1) and touch a handful of objects, where a balanced tree would walk a
 * dozen. An out-of-order join (a reconfiguration, a new day) walks back from the tail to
 * its place.
 * <p>
 * The links live in a node the member keeps for this pool (in {@code Member}), made on
 * its first join and reused on every later one, and tiers stay once made: a state change
 * allocates nothing and looks nothing up in a map.
 */
final class IdleOrderPool implements ReadyPool {

	private final TreeMap<Integer, Tier> tiers = new TreeMap<>();

	private int size;

	@Override
	public void add(Member member) {
		Node node = nodeOf(member);
		if (node.linked) {
			return;
		}
		node.idleSince = member.agent().idleSinceMillis();
		node.tier.insert(node);
		this.size++;
	}

	@Override
	public void remove(Member member) {
		Node node = existingNodeOf(member);
		if (node == null || !node.linked) {
			return;
		}
		node.tier.unlink(node);
		this.size--;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public List<Member> choose(Set<String> avoid, RandomGenerator random) {
		Member best = null;
		for (Tier tier : this.tiers.values()) {
			for (Node node = tier.head; node != null; node = node.next) {
				if (best == null) {
					best = node.member;
				}
				if (avoid.isEmpty() || !avoid.contains(node.member.agentId())) {
					return List.of(node.member);
				}
			}
		}
		return (best != null) ? List.of(best) : List.of();
	}

	/**
	 * The member's node for this pool, made (with its tier) on the member's first join.
	 */
	private Node nodeOf(Member member) {
		Node node = existingNodeOf(member);
		if (node == null) {
			Tier tier = this.tiers.computeIfAbsent(member.penalty(), (penalty) -> new Tier());
			node = new Node(this, member, tier, member.idleNodes);
			member.idleNodes = node;
		}
		return node;
	}

	/**
	 * A member sits in at most two pools of its queue, so the chain is one or two long.
	 */
	private Node existingNodeOf(Member member) {
		for (Node node = member.idleNodes; node != null; node = node.nextOfMember) {
			if (node.pool == this) {
				return node;
			}
		}
		return null;
	}

	private static final class Tier {

		Node head;

		Node tail;

		void insert(Node node) {
			Node before = this.tail;
			while (before != null && comesAfter(before, node)) {
				before = before.prev;
			}
			node.prev = before;
			node.next = (before != null) ? before.next : this.head;
			if (node.next != null) {
				node.next.prev = node;
			}
			else {
				this.tail = node;
			}
			if (before != null) {
				before.next = node;
			}
			else {
				this.head = node;
			}
			node.linked = true;
		}

		void unlink(Node node) {
			if (node.prev != null) {
				node.prev.next = node.next;
			}
			else {
				this.head = node.next;
			}
			if (node.next != null) {
				node.next.prev = node.prev;
			}
			else {
				this.tail = node.prev;
			}
			node.prev = null;
			node.next = null;
			node.linked = false;
		}

		private static boolean comesAfter(Node a, Node b) {
			return a.idleSince > b.idleSince
					|| (a.idleSince == b.idleSince && a.member.position() > b.member.position());
		}

	}

	/** One member's place in one pool; kept by the member between joins. */
	static final class Node {

		final IdleOrderPool pool;

		final Member member;

		final Tier tier;

		/** The member's node for another pool, or null. */
		final Node nextOfMember;

		long idleSince;

		boolean linked;

		Node prev;

		Node next;

		Node(IdleOrderPool pool, Member member, Tier tier, Node nextOfMember) {
			this.pool = pool;
			this.member = member;
			this.tier = tier;
			this.nextOfMember = nextOfMember;
		}

	}

}
