package org.switchboard.engine.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.Journal;
import org.switchboard.engine.metrics.KpiCalculator;
import org.switchboard.engine.metrics.KpiSettings;

/**
 * Plays a {@link Scenario} through the engine on a virtual clock: a priority queue of
 * future events (arrivals, answers, hang-ups, patience, wrap-up ends, shifts), merged
 * with the engine's own timers via {@code nextDeadline()}. Callers arrive until the end
 * of {@code duration}; then the calls in progress are played to their end. One instance
 * runs once; same scenario and seed, same result.
 */
public final class Simulator {

	private static final long NANOS = 1_000_000_000L;

	private static final int STUCK_LIMIT = 10_000;

	private static final long START_SECOND = Scenario.START.getEpochSecond();

	private final Scenario scenario;

	private final SimulatedCenter center;

	private final KpiCalculator kpis;

	private final PriorityQueue<FutureEvent> future = new PriorityQueue<>();

	private final Map<String, SimContact> contacts = new HashMap<>();

	private final Map<String, SimAgent> agents = new LinkedHashMap<>();

	private final List<Stream> streams = new ArrayList<>();

	private final long endNanos;

	private long now;

	private long sequence;

	private long contactNumber;

	private long arrivals;

	private long events;

	/** Agents ringing, talking or in wrap-up: the run is over only when none is left. */
	private int busyAgents;

	private boolean ran;

	/** A simulator driving the real engine, configured from the scenario. */
	public Simulator(Scenario scenario) {
		this(scenario,
				(journal) -> EngineCenter.create(scenario, journal, new SplittableRandom(scenario.seed() ^ 0x5EEDL)));
	}

	Simulator(Scenario scenario, Function<Journal, SimulatedCenter> centerFactory) {
		this.scenario = scenario;
		this.endNanos = scenario.duration().toNanos();
		this.kpis = new KpiCalculator(new KpiSettings(Duration.ofMinutes(scenario.intervalMinutes()),
				Duration.ofSeconds(scenario.serviceLevelSeconds()), Duration.ofSeconds(scenario.shortAbandonSeconds()),
				Scenario.START.plus(scenario.warmup()), Scenario.START.plus(scenario.duration())));
		this.center = centerFactory.apply(this::record);
		SplittableRandom seeds = new SplittableRandom(scenario.seed());
		for (Scenario.ArrivalStream spec : scenario.arrivals()) {
			this.streams.add(new Stream(spec, new ArrivalProcess(spec.callsPerHour(), spec.profile(), seeds.split()),
					seeds.split(), seeds.split()));
		}
		for (Scenario.AgentGroup group : scenario.agents()) {
			for (int i = 0; i < group.count(); i++) {
				this.agents.put(group.agentId(i), new SimAgent(group.agentId(i), group));
			}
		}
	}

	/** Runs the scenario to its end and returns the figures. */
	public SimulationResult run() {
		if (this.ran) {
			throw new IllegalStateException("a simulator runs once; create a new one");
		}
		this.ran = true;
		scheduleAgents();
		for (int i = 0; i < this.streams.size(); i++) {
			scheduleNextArrival(i, 0);
		}
		loop();
		return new SimulationResult(this.scenario, this.arrivals, this.events,
				this.kpis.report(Scenario.START.plus(this.scenario.duration())), agentsByQueue());
	}

	private void loop() {
		int stuck = 0;
		long lastDeadline = Long.MIN_VALUE;
		while (true) {
			FutureEvent next = this.future.peek();
			long nextTime = (next != null) ? next.at : Long.MAX_VALUE;
			Optional<Instant> deadline = this.center.nextDeadline();
			long deadlineTime = deadline.isPresent() ? nanos(deadline.get()) : Long.MAX_VALUE;
			long time = Math.min(nextTime, deadlineTime);
			if (time == Long.MAX_VALUE || (time > this.endNanos && this.contacts.isEmpty() && this.busyAgents == 0)) {
				return;
			}
			if (deadlineTime <= nextTime) {
				stuck = (deadlineTime == lastDeadline) ? stuck + 1 : 0;
				if (stuck > STUCK_LIMIT) {
					throw new IllegalStateException("engine timer at " + deadline.get() + " does not advance");
				}
				lastDeadline = deadlineTime;
				this.now = Math.max(this.now, deadlineTime);
				perform(this.center.tick(instant(this.now)));
			}
			else {
				this.future.poll();
				this.now = next.at;
				dispatch(next);
			}
		}
	}

	private void dispatch(FutureEvent event) {
		switch (event.kind) {
			case ARRIVAL -> arrive(event.stream);
			case ANSWER -> {
				SimContact contact = this.contacts.get(event.contactId);
				if (contact != null && contact.state == ContactState.RINGING && event.agentId.equals(contact.ringing)) {
					send(new Input.AgentAnswered(event.contactId, event.agentId));
				}
			}
			case CALL_END -> {
				if (this.contacts.containsKey(event.contactId)) {
					send(new Input.CallerHungUp(event.contactId));
				}
			}
			case PATIENCE -> {
				SimContact contact = this.contacts.get(event.contactId);
				if (contact != null && contact.state != ContactState.TALKING) {
					send(new Input.CallerHungUp(event.contactId));
				}
			}
			case WRAP_END -> {
				SimAgent agent = this.agents.get(event.agentId);
				if (agent.state == AgentStateName.WRAP_UP && event.contactId != null
						&& event.contactId.equals(agent.wrapUpContact)) {
					send(new Input.AgentReady(agent.id));
				}
			}
			case SHIFT_START -> {
				send(new Input.AgentLogin(event.agentId));
				send(new Input.AgentReady(event.agentId));
			}
			// the engine logs a busy agent out when their contact and wrap-up are over
			case SHIFT_END -> send(new Input.AgentLogout(event.agentId));
		}
	}

	private void arrive(int index) {
		Stream stream = this.streams.get(index);
		scheduleNextArrival(index, this.now);
		this.arrivals++;
		String id = "c" + (++this.contactNumber);
		SimContact contact = new SimContact(stream.spec.handleTime().sample(stream.handleRandom));
		this.contacts.put(id, contact);
		if (stream.spec.patience() != null) {
			schedule(new FutureEvent(this.now + toNanos(stream.spec.patience().sample(stream.patienceRandom)),
					FutureEvent.Kind.PATIENCE, id, null, -1));
		}
		send(new Input.ContactArrives(id, "sim-" + this.contactNumber, null, "queue:" + stream.spec.queue(), Map.of()));
	}

	private void send(Input input) {
		perform(this.center.handle(input, instant(this.now)));
	}

	private void perform(List<Action> actions) {
		for (int i = 0; i < actions.size(); i++) {
			Action action = actions.get(i);
			if (action instanceof Action.RingAgent ring) {
				SimContact contact = this.contacts.get(ring.contactId());
				if (contact != null) {
					contact.state = ContactState.RINGING;
					contact.ringing = ring.agentId();
					schedule(new FutureEvent(this.now, FutureEvent.Kind.ANSWER, ring.contactId(), ring.agentId(), -1));
				}
			}
			else if (action instanceof Action.CancelRing cancel) {
				SimContact contact = this.contacts.get(cancel.contactId());
				if (contact != null && cancel.agentId().equals(contact.ringing)) {
					contact.ringing = null;
					contact.state = ContactState.WAITING;
				}
			}
			else if (action instanceof Action.PlayPrompt prompt) {
				// no audio in a simulation: the prompt is over at once
				send(new Input.PlaybackFinished(prompt.contactId()));
			}
		}
	}

	/**
	 * The journal the engine writes to: KPIs first, then what the simulator must react
	 * to.
	 */
	private void record(EngineEvent event) {
		this.events++;
		this.kpis.append(event);
		if (event instanceof AgentStateChanged changed) {
			SimAgent agent = this.agents.get(changed.agentId());
			if (agent != null) {
				this.busyAgents += (busy(changed.to()) ? 1 : 0) - (busy(agent.state) ? 1 : 0);
				agent.state = changed.to();
				if (changed.to() == AgentStateName.WRAP_UP) {
					// the engine's own timer ends it first when the queue has a fixed
					// wrap-up time
					agent.wrapUpContact = changed.contactId();
					schedule(new FutureEvent(this.now + agent.group.wrapUpSeconds() * NANOS, FutureEvent.Kind.WRAP_END,
							changed.contactId(), agent.id, -1));
				}
			}
		}
		else if (event instanceof ContactAnswered answered) {
			SimContact contact = this.contacts.get(answered.contactId());
			if (contact != null && contact.state != ContactState.TALKING) {
				contact.state = ContactState.TALKING;
				schedule(new FutureEvent(this.now + toNanos(contact.handleSeconds), FutureEvent.Kind.CALL_END,
						answered.contactId(), answered.agentId(), -1));
			}
		}
		else if (event instanceof ContactEnded ended) {
			this.contacts.remove(ended.contactId());
		}
	}

	private void scheduleAgents() {
		long days = Math.floorDiv(this.endNanos, 86_400 * NANOS) + 1;
		for (SimAgent agent : this.agents.values()) {
			List<Scenario.Shift> shifts = agent.group.shifts();
			if (shifts.isEmpty()) {
				schedule(new FutureEvent(0, FutureEvent.Kind.SHIFT_START, null, agent.id, -1));
				continue;
			}
			for (long day = -1; day < days; day++) {
				for (Scenario.Shift shift : shifts) {
					long start = day * 86_400 * NANOS + clockNanos(shift.start());
					long end = day * 86_400 * NANOS + clockNanos(shift.end())
							+ (shift.end().isBefore(shift.start()) ? 86_400 * NANOS : 0);
					if (end > 0 && start < this.endNanos) {
						schedule(new FutureEvent(Math.max(0, start), FutureEvent.Kind.SHIFT_START, null, agent.id, -1));
						schedule(new FutureEvent(end, FutureEvent.Kind.SHIFT_END, null, agent.id, -1));
					}
				}
			}
		}
	}

	private void scheduleNextArrival(int index, long after) {
		double next = this.streams.get(index).process.next(after / (double) NANOS);
		long at = toNanos(next);
		if (at < this.endNanos) {
			schedule(new FutureEvent(Math.max(at, after), FutureEvent.Kind.ARRIVAL, null, null, index));
		}
	}

	private void schedule(FutureEvent event) {
		event.sequence = this.sequence++;
		this.future.add(event);
	}

	private Map<String, List<String>> agentsByQueue() {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (Scenario.QueueSpec queue : this.scenario.queues()) {
			result.put(queue.name(),
					this.agents.values()
						.stream()
						.filter((a) -> queue.accepts(a.group.skills()))
						.map((a) -> a.id)
						.toList());
		}
		return result;
	}

	private static boolean busy(AgentStateName state) {
		return state == AgentStateName.RESERVED || state == AgentStateName.ON_CALL || state == AgentStateName.HOLD
				|| state == AgentStateName.WRAP_UP;
	}

	private static long clockNanos(LocalTime time) {
		return time.equals(LocalTime.MAX) ? 86_400 * NANOS : time.toSecondOfDay() * NANOS;
	}

	private static long toNanos(double seconds) {
		return Math.round(seconds * NANOS);
	}

	private static Instant instant(long nanos) {
		return Scenario.START.plusNanos(nanos);
	}

	private static long nanos(Instant at) {
		return (at.getEpochSecond() - START_SECOND) * NANOS + at.getNano();
	}

	private enum ContactState {

		WAITING, RINGING, TALKING

	}

	private static final class SimContact {

		final double handleSeconds;

		ContactState state = ContactState.WAITING;

		String ringing;

		SimContact(double handleSeconds) {
			this.handleSeconds = handleSeconds;
		}

	}

	private static final class SimAgent {

		final String id;

		final Scenario.AgentGroup group;

		AgentStateName state = AgentStateName.LOGGED_OUT;

		String wrapUpContact;

		SimAgent(String id, Scenario.AgentGroup group) {
			this.id = id;
			this.group = group;
		}

	}

	private record Stream(Scenario.ArrivalStream spec, ArrivalProcess process, RandomGenerator handleRandom,
			RandomGenerator patienceRandom) {
	}

}
