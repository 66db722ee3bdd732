package org.switchboard.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * Cost of one agent state change (READY to NOT_READY or back) through
 * {@code Engine.handle}, as the center grows: each change enters or leaves the ready pool
 * of each of the agent's 5 queues (two indexes per queue, since the queues require a
 * skill), and going READY also looks at the heads of those queues. Half of the agents
 * (the even ones) stay READY throughout, so the pools hold about half their members; the
 * odd agents take turns going READY and back to NOT_READY, two changes per invocation. No
 * contact waits, so no change leads to an offer. The clock moves one millisecond every 16
 * invocations. The target is growth of at most 2x from 100 to 10,000 agents.
 * <p>
 * {@code java -jar bench/target/benchmarks.jar AgentStateChangeBenchmark -rf json}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgentStateChangeBenchmark {

	@Param({ "100", "1000", "10000" })
	public int agents;

	@Param({ "10", "500" })
	public int queues;

	/**
	 * Whether each queue requires a skill (two ready pools per queue) or not (one pool);
	 * the script runs only {@code true}, {@code -p requiredSkills=false} shows what the
	 * second pool costs.
	 */
	@Param({ "true" })
	public boolean requiredSkills;

	private SyntheticCenter center;

	private Input.AgentReady[] ready;

	private Input.AgentNotReady[] notReady;

	private int next;

	private int invocations;

	private Instant at;

	@Setup(Level.Trial)
	public void build() {
		this.center = new SyntheticCenter(this.agents, this.queues, this.requiredSkills);
		this.center.loginAll();
		int toggled = this.agents / 2;
		this.ready = new Input.AgentReady[toggled];
		this.notReady = new Input.AgentNotReady[toggled];
		for (int i = 0; i < this.agents; i++) {
			String agent = this.center.agentIds[i];
			if (i % 2 == 0) {
				this.center.send(new Input.AgentReady(agent));
			}
			else {
				this.ready[i / 2] = new Input.AgentReady(agent);
				this.notReady[i / 2] = new Input.AgentNotReady(agent, "benchmark");
			}
		}
		this.at = this.center.now();
	}

	@TearDown(Level.Iteration)
	public void check() {
		for (int i = 0; i < this.agents; i++) {
			AgentStateName expected = (i % 2 == 0) ? AgentStateName.READY : AgentStateName.NOT_READY;
			AgentStateName actual = this.center.engine.agent(this.center.agentIds[i]).state();
			if (actual != expected) {
				throw new IllegalStateException("agent " + i + " is " + actual + ", expected " + expected);
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(2)
	public List<Action> readyThenNotReady() {
		if ((++this.invocations & 15) == 0) {
			this.center.advance();
			this.at = this.center.now();
		}
		int agent = this.next;
		this.next = (agent + 1 == this.ready.length) ? 0 : agent + 1;
		List<Action> offers = this.center.engine.handle(this.ready[agent], this.at);
		if (!offers.isEmpty()) {
			throw new IllegalStateException("going ready with no contact waiting caused " + offers);
		}
		return this.center.engine.handle(this.notReady[agent], this.at);
	}

}
