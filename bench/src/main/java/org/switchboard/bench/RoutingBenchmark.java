package org.switchboard.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;

/**
 * Latency of one routing decision, sampled per call to {@code Engine.handle} (JMH prints
 * p50/p99/p99.9), in the two directions routing happens:
 * <ul>
 * <li>{@link #agentReadyTakesHeadContact}: every agent is logged in and NOT_READY, the
 * queues hold {@code waiting} contacts (spread evenly); one agent goes READY and the
 * engine compares the heads of the agent's queues, takes the best contact out of its
 * queue and rings the agent.</li>
 * <li>{@link #contactArrivesAtReadyAgent}: every agent is READY, no contact waits; a
 * contact arrives at a queue and the engine picks the longest-idle qualified member and
 * rings them.</li>
 * </ul>
 * Only the decision's {@code handle} call is timed. The steady state is restored after
 * each invocation in an untimed {@code @TearDown(Level.Invocation)}: for an agent going
 * ready, the agent asks to be NOT_READY while ringing (a pending request), the caller
 * hangs up (the agent falls back to NOT_READY, no ring miss is counted) and a new contact
 * joins the tail of the same queue, so queue lengths and pool sizes never drift; for a
 * contact arriving, the caller hangs up and the agent goes back into the ready pools. The
 * tear-down throws if a decision did not ring exactly one agent. The clock moves one
 * millisecond per invocation.
 * <p>
 * {@code java -jar bench/target/benchmarks.jar RoutingBenchmark -rf json}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RoutingBenchmark {

	/** A center whose agents are all NOT_READY while contacts wait. */
	@State(Scope.Thread)
	public static class QueuedContacts {

		@Param({ "100", "1000", "10000" })
		public int agents;

		@Param({ "10", "500" })
		public int queues;

		/** Contacts waiting across all queues. */
		@Param({ "500", "10000" })
		public int waiting;

		/**
		 * Whether each queue requires a skill (two ready pools per queue); the script
		 * runs only {@code true}, {@code -p requiredSkills=false} shows what the second
		 * pool costs.
		 */
		@Param({ "true" })
		public boolean requiredSkills;

		SyntheticCenter center;

		private Input.AgentReady[] ready;

		private Input.AgentNotReady[] notReady;

		private final Map<String, Integer> queueOfContact = new HashMap<>();

		private int next;

		Input.AgentReady input;

		Instant at;

		List<Action> actions;

		@Setup(Level.Trial)
		public void build() {
			this.center = new SyntheticCenter(this.agents, this.queues, this.requiredSkills);
			this.ready = new Input.AgentReady[this.agents];
			this.notReady = new Input.AgentNotReady[this.agents];
			for (int i = 0; i < this.agents; i++) {
				this.ready[i] = new Input.AgentReady(this.center.agentIds[i]);
				this.notReady[i] = new Input.AgentNotReady(this.center.agentIds[i], "benchmark");
			}
			this.center.loginAll();
			for (int k = 0; k < this.waiting; k++) {
				arrive(k % this.queues);
			}
			if (this.center.engine.activeContacts() != this.waiting) {
				throw new IllegalStateException("expected " + this.waiting + " waiting contacts, engine tracks "
						+ this.center.engine.activeContacts());
			}
		}

		private void arrive(int queue) {
			Input.ContactArrives contact = this.center.newContact(queue);
			this.queueOfContact.put(contact.contactId(), queue);
			this.center.send(contact);
		}

		@Setup(Level.Invocation)
		public void nextAgent() {
			this.center.advance();
			this.at = this.center.now();
			this.input = this.ready[this.next];
		}

		@TearDown(Level.Invocation)
		public void restore() {
			Action.RingAgent ring = SyntheticCenter.ringIn(this.actions, "agent going ready");
			this.center.send(this.notReady[this.next]);
			this.center.send(new Input.CallerHungUp(ring.contactId()));
			arrive(this.queueOfContact.remove(ring.contactId()));
			this.next = (this.next + 1) % this.agents;
		}

	}

	/** A center whose agents are all READY and where no contact waits. */
	@State(Scope.Thread)
	public static class ReadyAgents {

		@Param({ "100", "1000", "10000" })
		public int agents;

		@Param({ "10", "500" })
		public int queues;

		/**
		 * Whether each queue requires a skill (two ready pools per queue); the script
		 * runs only {@code true}, {@code -p requiredSkills=false} shows what the second
		 * pool costs.
		 */
		@Param({ "true" })
		public boolean requiredSkills;

		SyntheticCenter center;

		private int next;

		Input.ContactArrives input;

		Instant at;

		List<Action> actions;

		@Setup(Level.Trial)
		public void build() {
			this.center = new SyntheticCenter(this.agents, this.queues, this.requiredSkills);
			this.center.loginAll();
			for (String agent : this.center.agentIds) {
				this.center.send(new Input.AgentReady(agent));
			}
		}

		@Setup(Level.Invocation)
		public void nextContact() {
			this.center.advance();
			this.at = this.center.now();
			this.input = this.center.newContact(this.next);
		}

		@TearDown(Level.Invocation)
		public void restore() {
			Action.RingAgent ring = SyntheticCenter.ringIn(this.actions, "contact arriving");
			this.center.send(new Input.CallerHungUp(ring.contactId()));
			if (this.center.engine.activeContacts() != 0) {
				throw new IllegalStateException("a contact stayed in the engine after its caller hung up");
			}
			this.next = (this.next + 1) % this.queues;
		}

	}

	@Benchmark
	public List<Action> agentReadyTakesHeadContact(QueuedContacts state) {
		state.actions = state.center.engine.handle(state.input, state.at);
		return state.actions;
	}

	@Benchmark
	public List<Action> contactArrivesAtReadyAgent(ReadyAgents state) {
		state.actions = state.center.engine.handle(state.input, state.at);
		return state.actions;
	}

}
