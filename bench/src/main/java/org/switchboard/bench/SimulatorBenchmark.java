package org.switchboard.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.engine.sim.Scenario;
import org.switchboard.engine.sim.SimulationResult;
import org.switchboard.engine.sim.Simulator;

/**
 * Simulated calls per wall-clock second: whole simulations of the scenario (one
 * queue, 200 calls/h, exponential 180 s handling, 120 s patience) through the real engine
 * and the KPI calculator. The {@code calls} counter is the figure to read (calls/s).
 * <p>
 * {@code java -jar bench/target/benchmarks.jar SimulatorBenchmark -rf json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SimulatorBenchmark {

	/** Agents; arrivals are scaled to keep 72 % occupancy as in the example. */
	@Param({ "14" })
	public int agents;

	/** Simulated hours per simulation. */
	@Param({ "100" })
	public int hours;

	private long seed;

	/** Counts the calls simulated, reported by JMH as calls per second. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Calls {

		public long calls;

		@Setup(Level.Iteration)
		public void reset() {
			this.calls = 0;
		}

	}

	private Scenario scenario(long seed) {
		double callsPerHour = 200.0 * this.agents / 14;
		return Scenario.fromMap(Map.of("seed", seed, "duration", "PT" + this.hours + "H", "warmup", "PT1H",
				"serviceLevelSeconds", 20, "shortAbandonSeconds", 5, "queues",
				List.of(Map.of("name", "general", "strategy", "longest-idle", "requiredSkills", Map.of("general", 1))),
				"agents", List.of(Map.of("count", this.agents, "skills", Map.of("general", 5), "wrapUpSeconds", 0)),
				"arrivals",
				List.of(Map.of("queue", "general", "callsPerHour", callsPerHour, "handleTime",
						Map.of("distribution", "exponential", "meanSeconds", 180), "patience",
						Map.of("distribution", "exponential", "meanSeconds", 120)))));
	}

	@Benchmark
	public SimulationResult simulate(Calls counter) {
		// a new seed each time, so the JIT cannot specialise on one call sequence
		SimulationResult result = new Simulator(scenario(++this.seed)).run();
		counter.calls += result.simulatedCalls();
		return result;
	}

}
