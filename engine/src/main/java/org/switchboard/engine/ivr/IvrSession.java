package org.switchboard.engine.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.Input;
import org.switchboard.engine.journal.ContactEvent.IvrInput;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.ContactEvent.SurveyScored;
import org.switchboard.engine.journal.Journal;

/**
 * Runs one contact through an {@link IvrFlow}. Each method takes the engine's clock
 * reading and an input from the adapter and answers with the next {@link IvrStep};
 * entered nodes, caller input and survey scores go to the {@link Journal}. Not
 * thread-safe: the engine's single writer owns it.
 */
public final class IvrSession {

	/** Node visits after which a contact is hung up, so that no flow can run forever. */
	public static final int MAX_NODE_VISITS = 1_000;

	/** Variable holding the caller's number from the start. */
	public static final String CALLER_VARIABLE = "caller";

	/**
	 * Variable the engine sets to the agent's id before a post-call survey; scores name
	 * it.
	 */
	public static final String AGENT_VARIABLE = "agent";

	private static final Logger log = LoggerFactory.getLogger(IvrSession.class);

	private final IvrFlow flow;

	private final String contactId;

	private final Journal journal;

	private final Map<String, String> variables = new LinkedHashMap<>();

	private final Conditions conditions;

	private final List<String> path = new ArrayList<>();

	private final List<String> inputs = new ArrayList<>();

	private Awaiting awaiting = Awaiting.START;

	private Function<Instant, IvrStep> afterPlayback;

	private String currentName;

	private IvrNode current;

	private int failures;

	private int visits;

	public IvrSession(IvrFlow flow, String contactId, String callerNumber, Map<String, String> attributes,
			IvrContext context, Journal journal) {
		this.flow = Objects.requireNonNull(flow, "flow");
		this.contactId = Objects.requireNonNull(contactId, "contactId");
		this.journal = Objects.requireNonNull(journal, "journal");
		if (callerNumber != null) {
			this.variables.put(CALLER_VARIABLE, callerNumber);
		}
		this.conditions = new Conditions(Objects.requireNonNull(context, "context"), callerNumber,
				(attributes != null) ? Map.copyOf(attributes) : Map.of(), this.variables);
	}

	/** Enters the flow's start node. */
	public IvrStep start(Instant now) {
		if (this.awaiting != Awaiting.START) {
			return ignored("start", now);
		}
		return enter(this.flow.start(), now);
	}

	/**
	 * Hands the session an adapter input meant for it ({@link Input.PlaybackFinished},
	 * {@link Input.DigitsCollected} or {@link Input.DataLookedUp}); any other input is
	 * {@link IvrStep.Ignored}.
	 */
	public IvrStep on(Input input, Instant now) {
		if (input instanceof Input.PlaybackFinished) {
			return playbackFinished(now);
		}
		if (input instanceof Input.DigitsCollected collected) {
			return digitsCollected(collected.digits(), now);
		}
		if (input instanceof Input.DataLookedUp lookedUp) {
			return dataLookedUp(lookedUp.found(), lookedUp.values(), now);
		}
		return ignored(input.getClass().getSimpleName(), now);
	}

	/** The prompt asked for by the last {@link IvrStep.Play} finished. */
	public IvrStep playbackFinished(Instant now) {
		if (this.awaiting != Awaiting.PLAYBACK) {
			return ignored("playback finished", now);
		}
		return this.afterPlayback.apply(now);
	}

	/**
	 * The caller's answer to the last {@link IvrStep.Collect}: the digits pressed (with
	 * the terminator, if pressed), or an empty string when none came in time.
	 */
	public IvrStep digitsCollected(String digits, Instant now) {
		if (this.awaiting != Awaiting.DIGITS) {
			return ignored("digits collected", now);
		}
		String given = (digits != null) ? digits : "";
		this.journal.append(new IvrInput(now, this.contactId, this.flow.name(), this.currentName, given));
		this.inputs.add(this.currentName + "=" + given);
		if (this.current instanceof IvrNode.Menu menu) {
			return menuAnswered(menu, given, now);
		}
		if (this.current instanceof IvrNode.Collect collect) {
			return collectAnswered(collect, given, now);
		}
		return surveyAnswered((IvrNode.Survey) this.current, given, now);
	}

	/**
	 * The answer to the last {@link IvrStep.Lookup}: when {@code found}, {@code values}
	 * become variables and the flow goes on at the node's {@code onFound}.
	 */
	public IvrStep dataLookedUp(boolean found, Map<String, String> values, Instant now) {
		if (this.awaiting != Awaiting.LOOKUP) {
			return ignored("data looked up", now);
		}
		IvrNode.Lookup lookup = (IvrNode.Lookup) this.current;
		if (!found) {
			return enter(lookup.onNotFound(), now);
		}
		this.variables.putAll(values);
		return enter(lookup.onFound(), now);
	}

	/** Sets a variable, e.g. {@link #AGENT_VARIABLE} before a post-call survey flow. */
	public void setVariable(String name, String value) {
		this.variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
	}

	/** The session's variables, in the order they were first set. */
	public Map<String, String> variables() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.variables));
	}

	/** The names of the nodes entered so far, in order. */
	public List<String> path() {
		return List.copyOf(this.path);
	}

	/**
	 * The caller's answers so far, each as {@code node=digits} (empty digits: timeout).
	 */
	public List<String> inputs() {
		return List.copyOf(this.inputs);
	}

	/**
	 * What an agent's screen pop can show: the variables plus {@code ivr.flow},
	 * {@code ivr.path} (nodes joined by {@code >}) and {@code ivr.digits} (answers joined
	 * by {@code ,}).
	 */
	public Map<String, String> screenPop() {
		Map<String, String> pop = new LinkedHashMap<>(this.variables);
		pop.put("ivr.flow", this.flow.name());
		pop.put("ivr.path", String.join(">", this.path));
		pop.put("ivr.digits", String.join(",", this.inputs));
		return Collections.unmodifiableMap(pop);
	}

	/** The flow this session runs (the version it started with). */
	public IvrFlow flow() {
		return this.flow;
	}

	public String contactId() {
		return this.contactId;
	}

	/** The node the contact is at, or null before {@link #start}. */
	public String currentNode() {
		return this.currentName;
	}

	/** Whether the contact has left the IVR (queued, transferred, voicemail, hung up). */
	public boolean finished() {
		return this.awaiting == Awaiting.DONE;
	}

	private IvrStep enter(String nodeName, Instant now) {
		String next = nodeName;
		while (true) {
			if (this.visits >= MAX_NODE_VISITS) {
				return runaway(next);
			}
			this.visits++;
			IvrNode node = this.flow.node(next);
			if (node == null) {
				return missingNode(next);
			}
			this.currentName = next;
			this.current = node;
			this.failures = 0;
			this.path.add(next);
			this.journal.append(new IvrNodeEntered(now, this.contactId, this.flow.name(), next));
			next = passThrough(node, now);
			if (next == null) {
				return act(node);
			}
		}
	}

	/**
	 * The node a condition, set-variable or go-to node leads to at once; null for the
	 * others.
	 */
	private String passThrough(IvrNode node, Instant now) {
		if (node instanceof IvrNode.Condition condition) {
			return this.conditions.choose(condition, now);
		}
		if (node instanceof IvrNode.SetVariable set) {
			this.variables.put(set.name(), Templates.substitute(set.value(), this.variables));
			return set.next();
		}
		if (node instanceof IvrNode.Goto jump) {
			return jump.target();
		}
		return null;
	}

	private IvrStep act(IvrNode node) {
		if (node instanceof IvrNode.Play play) {
			return play(play.prompt(), (now) -> enter(play.next(), now));
		}
		if (node instanceof IvrNode.Menu menu) {
			return askMenu(menu);
		}
		if (node instanceof IvrNode.Collect collect) {
			return collect(collect.prompt(), collect.maxDigits(), collect.terminator(), collect.timeoutSeconds());
		}
		if (node instanceof IvrNode.Survey survey) {
			return collect(survey.prompt(), 1, null, survey.timeoutSeconds());
		}
		if (node instanceof IvrNode.Lookup lookup) {
			return lookUp(lookup);
		}
		return leave(node);
	}

	private IvrStep leave(IvrNode node) {
		if (node instanceof IvrNode.Queue queue) {
			return finish(new IvrStep.ToQueue(queue.queue(), queue.priority()));
		}
		if (node instanceof IvrNode.Transfer transfer) {
			return finish(new IvrStep.Transfer(transfer.target()));
		}
		if (node instanceof IvrNode.Voicemail voicemail) {
			return finish(new IvrStep.Voicemail(Templates.substitute(voicemail.mailbox(), this.variables)));
		}
		IvrNode.Hangup hangup = (IvrNode.Hangup) node;
		String reason = describe("ended at hang-up node '" + this.currentName + "'");
		if (hangup.prompt() == null) {
			return finish(new IvrStep.Hangup(reason));
		}
		return play(hangup.prompt(), (now) -> finish(new IvrStep.Hangup(reason)));
	}

	private IvrStep menuAnswered(IvrNode.Menu menu, String given, Instant now) {
		String target = menu.options().get(given);
		if (target != null) {
			return enter(target, now);
		}
		this.failures++;
		if (this.failures > menu.retries()) {
			return failed(menu.onFail(), "no valid choice", now);
		}
		if (!given.isEmpty() && menu.invalidPrompt() != null) {
			return play(menu.invalidPrompt(), (later) -> askMenu(menu));
		}
		return askMenu(menu);
	}

	private IvrStep collectAnswered(IvrNode.Collect collect, String given, Instant now) {
		String value = given;
		if (collect.terminator() != null && value.endsWith(collect.terminator())) {
			value = value.substring(0, value.length() - collect.terminator().length());
		}
		if (value.length() < collect.minDigits() || value.length() > collect.maxDigits()) {
			return failed(collect.onFail(), "no valid digits", now);
		}
		this.variables.put(collect.variable(), value);
		return enter(collect.next(), now);
	}

	private IvrStep surveyAnswered(IvrNode.Survey survey, String given, Instant now) {
		if (given.length() == 1 && given.charAt(0) >= '1' && given.charAt(0) <= '5') {
			int score = given.charAt(0) - '0';
			this.journal.append(new SurveyScored(now, this.contactId, this.variables.get(AGENT_VARIABLE), score));
			return afterSurvey(survey, now);
		}
		this.failures++;
		if (this.failures > 1) {
			return afterSurvey(survey, now);
		}
		return collect(survey.prompt(), 1, null, survey.timeoutSeconds());
	}

	private IvrStep afterSurvey(IvrNode.Survey survey, Instant now) {
		if (survey.next() == null) {
			return finish(new IvrStep.Hangup(describe("survey '" + this.currentName + "' done")));
		}
		return enter(survey.next(), now);
	}

	private IvrStep failed(String onFail, String what, Instant now) {
		if (onFail == null) {
			return finish(new IvrStep.Hangup(describe(what + " at node '" + this.currentName + "'")));
		}
		return enter(onFail, now);
	}

	private IvrStep askMenu(IvrNode.Menu menu) {
		return collect(menu.prompt(), 1, null, menu.timeoutSeconds());
	}

	private IvrStep collect(String prompt, int maxDigits, String terminator, int timeoutSeconds) {
		this.awaiting = Awaiting.DIGITS;
		return new IvrStep.Collect(Templates.substitute(prompt, this.variables), maxDigits, terminator,
				Duration.ofSeconds(timeoutSeconds));
	}

	private IvrStep play(String prompt, Function<Instant, IvrStep> then) {
		this.awaiting = Awaiting.PLAYBACK;
		this.afterPlayback = then;
		return new IvrStep.Play(Templates.substitute(prompt, this.variables), this.variables);
	}

	private IvrStep lookUp(IvrNode.Lookup lookup) {
		this.awaiting = Awaiting.LOOKUP;
		Map<String, String> parameters = new LinkedHashMap<>();
		lookup.parameters().forEach((name, value) -> parameters.put(name, Templates.substitute(value, this.variables)));
		return new IvrStep.Lookup(lookup.source(), parameters);
	}

	private IvrStep finish(IvrStep step) {
		this.awaiting = Awaiting.DONE;
		this.afterPlayback = null;
		return step;
	}

	private IvrStep runaway(String nodeName) {
		String reason = describe(
				"stopped after " + MAX_NODE_VISITS + " node visits, before node '" + nodeName + "'; the flow loops");
		log.warn("contact {}: {}", this.contactId, reason);
		return finish(new IvrStep.Hangup(reason));
	}

	private IvrStep missingNode(String nodeName) {
		String reason = describe("has no node '" + nodeName + "' (reached from '" + this.currentName + "')");
		log.warn("contact {}: {}", this.contactId, reason);
		return finish(new IvrStep.Hangup(reason));
	}

	private IvrStep ignored(String what, Instant now) {
		log.debug("contact {} at {}: ivr '{}' ignored {} while {}", this.contactId, now, this.flow.name(), what,
				this.awaiting);
		return new IvrStep.Ignored(what + " while " + this.awaiting.name().toLowerCase(Locale.ROOT));
	}

	private String describe(String what) {
		return "ivr '" + this.flow.name() + "' " + what;
	}

	/** What the session waits for. */
	private enum Awaiting {

		START, PLAYBACK, DIGITS, LOOKUP, DONE

	}

}
