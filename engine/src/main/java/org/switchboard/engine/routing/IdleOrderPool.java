package org.switchboard.engine.routing;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class IdleOrderPool implements ReadyPool {

	private final TreeMap<Integer, Tier> tiers = new TreeMap<>();

	private final Map<Member, Node> index = new IdentityHashMap<>();

	@Override
	public void add(Member member) {
		if (this.index.containsKey(member)) {
			return;
		}
		Node node = new Node(member, member.agent().idleSinceMillis());
		this.tiers.computeIfAbsent(member.penalty(), (penalty) -> new Tier()).insert(node);
		this.index.put(member, node);
	}

	@Override
	public void remove(Member member) {
		Node node = this.index.remove(member);
		if (node == null) {
			return;
		}
		Tier tier = this.tiers.get(member.penalty());
		tier.unlink(node);
		if (tier.head == null) {
			this.tiers.remove(member.penalty());
		}
	}

	@Override
	public int size() {
		return this.index.size();
	}

	@Override
	public List<Member> choose(Set<String> avoid, RandomGenerator random) {
		if (this.tiers.isEmpty()) {
			return List.of();
		}
		Member best = this.tiers.firstEntry().getValue().head.member;
		if (avoid.isEmpty() || !avoid.contains(best.agentId())) {
			return List.of(best);
		}
		for (Tier tier : this.tiers.values()) {
			for (Node node = tier.head; node != null; node = node.next) {
				if (!avoid.contains(node.member.agentId())) {
					return List.of(node.member);
				}
			}
		}
		return List.of(best);
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
		}

		private static boolean comesAfter(Node a, Node b) {
			return a.idleSince > b.idleSince
					|| (a.idleSince == b.idleSince && a.member.position() > b.member.position());
		}

	}

	private static final class Node {

		final Member member;

		final long idleSince;

		Node prev;

		Node next;

		Node(Member member, long idleSince) {
			this.member = member;
			this.idleSince = idleSince;
		}

	}

}
