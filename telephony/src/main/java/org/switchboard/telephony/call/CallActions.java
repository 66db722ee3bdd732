package org.switchboard.telephony.call;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.ActionSink;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.registrar.Binding;
import org.switchboard.telephony.registrar.Locations;
import org.switchboard.telephony.media.StereoWavRecorder;

/**
 * Carries out the engine's actions on calls: prompts, digit collection, music on hold,
 * ringing agents (one agent leg at a time, with a ring timer), bridging with recording,
 * and hanging up. Anything that goes wrong with an agent leg is reported as
 * {@link Input.AgentRingFailed}; the caller's leg is only ever ended by the caller or by
 * {@link Action.Disconnect}. Transfers out of the engine's hands (voicemail, an external
 * number, an internal extension) are carried out here to their end.
 */
public final class CallActions implements ActionSink {

	private static final Logger log = LoggerFactory.getLogger(CallActions.class);

	/** The longest voicemail message. */
	static final Duration MESSAGE_MAX = Duration.ofMinutes(2);

	/** A voicemail message shorter than this is dropped as empty. */
	static final Duration MESSAGE_MIN = Duration.ofSeconds(1);

	/**
	 * How the legs of an extension transfer and their recording name who answered, e.g.
	 * {@code extension:1001}: never a job number, so no agent mistakes them for their
	 * own.
	 */
	static final String EXTENSION_PREFIX = "extension:";

	/** A voicemail message's file and in-progress key: the contact id and this. */
	private static final String VOICEMAIL_SUFFIX = "-voicemail";

	private final B2bua b2bua;

	private final CallMedia media;

	private final Locations locations;

	private final AgentBinding agents;

	private final RecordingStore recordings;

	private final Duration defaultRingTimeout;

	private final Clock clock;

	private final Executor finisher;

	/**
	 * Recordings started and not yet handed to the store (or given up): contact (plus
	 * "-voicemail" for a message) → file.
	 */
	private final Map<String, java.nio.file.Path> unfinished = new ConcurrentHashMap<>();

	public CallActions(B2bua b2bua, CallMedia media, Locations locations, AgentBinding agents,
			RecordingStore recordings, Duration defaultRingTimeout, Clock clock, Executor finisher) {
		this.b2bua = b2bua;
		this.media = media;
		this.locations = locations;
		this.agents = agents;
		this.recordings = recordings;
		this.defaultRingTimeout = defaultRingTimeout;
		this.clock = clock;
		this.finisher = finisher;
		b2bua.actions(this);
	}

	@Override
	public void execute(Action action) {
		synchronized (this.b2bua.lock) {
			Call call = this.b2bua.calls.get(action.contactId());
			if (call == null || call.ended) {
				stale(action);
				return;
			}
			if (action instanceof Action.PlayPrompt play) {
				play(call, play);
			}
			else if (action instanceof Action.CollectDigits collect) {
				collect(call, collect);
			}
			else if (action instanceof Action.StartMusicOnHold moh) {
				musicOnHold(call, moh);
			}
			else if (action instanceof Action.RingAgent ring) {
				ring(call, ring);
			}
			else if (action instanceof Action.CancelRing cancel) {
				cancelRing(call, cancel.agentId());
			}
			else if (action instanceof Action.Bridge bridge) {
				bridge(call, bridge.agentId());
			}
			else if (action instanceof Action.Disconnect disconnect) {
				hangUp(call, disconnect.reason());
			}
			else if (action instanceof Action.Voicemail voicemail) {
				voicemail(call, voicemail.mailbox());
			}
			else if (action instanceof Action.TransferExternal transfer) {
				transferOut(call, transfer.number());
			}
			else if (action instanceof Action.TransferExtension transfer) {
				transferToExtension(call, transfer.extension());
			}
			else if (action instanceof Action.LookupData) {
				// Look-ups are answered by the server, not by telephony.
				log.debug("Contact {}: look-up left to the server", call.contactId);
			}
			else {
				unsupported(call, action);
			}
		}
	}

	private void stale(Action action) {
		log.debug("Ignoring {} for a call that is gone", action);
		if (action instanceof Action.RingAgent ring) {
			submit(new Input.AgentRingFailed(ring.contactId(), ring.agentId(), "caller gone"));
		}
	}

	private void unsupported(Call call, Action action) {
		log.warn("Contact {}: {} is not supported by telephony yet; ignoring", call.contactId,
				action.getClass().getSimpleName());
	}

	private void play(Call call, Action.PlayPrompt play) {
		if (call.media.bridged()) {
			submit(new Input.PlaybackFinished(call.contactId));
			return;
		}
		answer(call);
		List<short[]> clips = this.media.prompts().clips(play.prompt(), play.parameters());
		call.media.play(clips, () -> submit(new Input.PlaybackFinished(call.contactId)));
	}

	private void collect(Call call, Action.CollectDigits collect) {
		answer(call);
		cancelCollection(call);
		Call.DigitCollection collection = new Call.DigitCollection(collect.maxDigits(), collect.terminator(),
				(collect.timeout() != null) ? collect.timeout() : Duration.ofSeconds(5));
		call.collection = collection;
		List<short[]> clips = (collect.prompt() != null) ? this.media.prompts().clips(collect.prompt(), Map.of())
				: List.of();
		if (clips.isEmpty()) {
			armDigitTimer(call, collection);
		}
		else {
			call.media.play(clips, () -> {
				synchronized (this.b2bua.lock) {
					armDigitTimer(call, collection);
				}
			});
		}
	}

	private void armDigitTimer(Call call, Call.DigitCollection collection) {
		if (call.collection != collection) {
			return;
		}
		if (collection.timer != null) {
			collection.timer.cancel(false);
		}
		collection.timer = this.media.ticker().schedule(() -> {
			synchronized (this.b2bua.lock) {
				if (call.collection == collection) {
					finishCollection(call);
				}
			}
		}, collection.timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * A digit from the caller (RFC 4733 or SIP INFO); heard while collecting, and '#'
	 * ends a voicemail message.
	 */
	void digit(Call call, char digit) {
		if (call.messageStart != null && digit == '#' && !call.ended) {
			endMessage(call, "caller pressed #");
			return;
		}
		Call.DigitCollection collection = call.collection;
		if (collection == null || call.ended) {
			return;
		}
		call.media.stopPlayback();
		if (collection.terminator.indexOf(digit) >= 0) {
			finishCollection(call);
			return;
		}
		collection.digits.append(digit);
		if (collection.digits.length() >= collection.maxDigits) {
			finishCollection(call);
		}
		else {
			armDigitTimer(call, collection);
		}
	}

	private void finishCollection(Call call) {
		Call.DigitCollection collection = call.collection;
		cancelCollection(call);
		log.debug("Contact {} entered '{}'", call.contactId, collection.digits);
		submit(new Input.DigitsCollected(call.contactId, collection.digits.toString()));
	}

	private void cancelCollection(Call call) {
		if (call.collection != null && call.collection.timer != null) {
			call.collection.timer.cancel(false);
		}
		call.collection = null;
	}

	private void musicOnHold(Call call, Action.StartMusicOnHold moh) {
		answer(call);
		call.queue = moh.queue();
		call.media.musicOnHold(this.media.prompts().musicOnHold().orElse(null));
	}

	private void ring(Call call, Action.RingAgent ring) {
		if (call.agent != null || !call.forks.isEmpty()) {
			dropAgentLeg(call);
		}
		Optional<String> extension = this.agents.extensionOf(ring.agentId());
		List<Binding> contacts = extension.map(this.locations::contactsOf).orElse(List.of());
		if (contacts.isEmpty()) {
			log.info("Contact {}: agent {} has no registered phone", call.contactId, ring.agentId());
			submit(new Input.AgentRingFailed(call.contactId, ring.agentId(), "unreachable"));
			return;
		}
		if (!call.answered) {
			this.b2bua.signalling().respond(call.caller, Response.RINGING);
		}
		List<String> targets = contacts.stream().map(Binding::contact).toList();
		Duration timeout = (ring.ringTimeout() != null) ? ring.ringTimeout() : this.defaultRingTimeout;
		if (!startRinging(call, ring.agentId(), targets, extension.get(), timeout)) {
			submit(new Input.AgentRingFailed(call.contactId, ring.agentId(), "unreachable"));
			return;
		}
		log.debug("Contact {}: ringing agent {} at {} for {}", call.contactId, ring.agentId(), targets, timeout);
	}

	/**
	 * Offers the call to {@code legId} (an agent, or {@code extension:NUMBER}) at every
	 * target at once, the ring timer running before the first INVITE leaves; false, with
	 * nothing left ringing, when no INVITE could be sent.
	 */
	private boolean startRinging(Call call, String legId, List<String> targets, String extension, Duration timeout) {
		call.offeredAgent = legId;
		int offer = ++call.offer;
		call.ringTimer = this.media.ticker()
			.schedule(() -> ringTimedOut(call, offer), timeout.toMillis(), TimeUnit.MILLISECONDS);
		try {
			this.b2bua.ringAgent(call, legId, targets, extension);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Contact {}: cannot ring {}: {}", call.contactId, legId, ex.getMessage());
			dropAgentLeg(call);
			return false;
		}
	}

	private void ringTimedOut(Call call, int offer) {
		synchronized (this.b2bua.lock) {
			if (call.offer == offer && call.agent == null && !call.forks.isEmpty() && !call.ended) {
				String agentId = call.offeredAgent;
				cancelForks(call);
				ringFailed(call, agentId, "no answer");
			}
		}
	}

	/** One fork of the offer failed; the offer fails when no fork is left ringing. */
	void forkFailed(Leg leg, String reason) {
		Call call = leg.call;
		this.b2bua.legs.remove(leg.callId);
		leg.rtp.close();
		if (!call.forks.remove(leg) || !call.forks.isEmpty() || call.agent != null) {
			return;
		}
		ringFailed(call, leg.agentId, reason);
	}

	/**
	 * The offer failed: keep the caller and tell the engine; an extension transfer has no
	 * engine to tell, so its caller hears "unavailable" and is released.
	 */
	private void ringFailed(Call call, String agentId, String reason) {
		log.info("Contact {}: ringing {} failed ({})", call.contactId, agentId, reason);
		stopRingTimer(call);
		call.offeredAgent = null;
		if (call.extension != null) {
			unavailable(call);
			return;
		}
		submit(new Input.AgentRingFailed(call.contactId, agentId, reason));
	}

	/** Cancels every fork still ringing (another answered, or the offer ended). */
	void cancelForks(Call call) {
		for (Leg fork : call.forks) {
			if (fork.state == Leg.State.SETUP) {
				this.b2bua.signalling().cancel(fork);
				fork.state = Leg.State.CANCELLING;
			}
			fork.rtp.close();
		}
		call.forks.clear();
	}

	void stopRingTimer(Call call) {
		if (call.ringTimer != null) {
			call.ringTimer.cancel(false);
			call.ringTimer = null;
		}
	}

	private void cancelRing(Call call, String agentId) {
		if (agentId.equals(call.offeredAgent) && call.bridgedAt == null) {
			dropAgentLeg(call);
		}
	}

	/**
	 * Ends the current offer: cancels ringing forks and hangs up an answered agent leg.
	 */
	private void dropAgentLeg(Call call) {
		stopRingTimer(call);
		cancelForks(call);
		call.offeredAgent = null;
		Leg leg = call.agent;
		call.agent = null;
		call.media.dropAgent();
		if (leg != null && leg.state == Leg.State.CONFIRMED) {
			this.b2bua.signalling().bye(leg);
			leg.state = Leg.State.ENDED;
			this.b2bua.legs.remove(leg.callId);
		}
	}

	private void bridge(Call call, String agentId) {
		Leg leg = call.agent;
		if (leg == null || leg.state != Leg.State.CONFIRMED || !agentId.equals(leg.agentId)) {
			log.warn("Contact {}: asked to bridge agent {} who has not answered", call.contactId, agentId);
			return;
		}
		answer(call);
		cancelCollection(call);
		if (call.recorder == null) {
			// A call handed on to another agent keeps its one recording (a second would
			// collide with the first's file and leave it unfinished).
			startRecording(call, agentId);
		}
		call.media.bridge(call.recorder);
		log.info("Contact {}: caller bridged with agent {}", call.contactId, agentId);
	}

	/**
	 * Starts the call's stereo recording, whose right channel is {@code agentId} (a job
	 * number, or {@code extension:NUMBER}).
	 */
	private void startRecording(Call call, String agentId) {
		Instant start = this.clock.instant();
		StereoWavRecorder recorder = null;
		try {
			recorder = this.media.recorder(call.contactId, start);
		}
		catch (IOException ex) {
			log.error("Contact {}: cannot start recording: {}", call.contactId, ex.getMessage());
		}
		call.recorder = recorder;
		if (recorder != null) {
			this.unfinished.put(call.contactId, recorder.file());
		}
		call.bridgedAt = start;
		call.bridgedAgent = agentId;
	}

	/**
	 * A transfer to an internal extension (a phone that is not an agent's), carried out
	 * here alone because the engine has let the contact go: every registered phone of the
	 * extension rings at once for the default ring timeout while the caller hears ringing
	 * (180) or, once answered, music on hold. The first phone to answer is bridged at
	 * once and recorded like an agent, as {@code extension:NUMBER}; nothing is reported
	 * to the engine. No registered phone, no answer, busy or unreachable: the caller
	 * hears "unavailable" and the call ends.
	 */
	private void transferToExtension(Call call, String number) {
		if (call.agent != null || !call.forks.isEmpty()) {
			dropAgentLeg(call);
		}
		cancelCollection(call);
		call.media.stopPlayback();
		call.extension = number;
		List<String> targets = this.locations.contactsOf(number).stream().map(Binding::contact).toList();
		if (targets.isEmpty()) {
			log.info("Contact {}: extension {} has no registered phone; the caller is told and released",
					call.contactId, number);
			unavailable(call);
			return;
		}
		if (call.answered) {
			call.media.musicOnHold(this.media.prompts().musicOnHold().orElse(null));
		}
		else {
			this.b2bua.signalling().respond(call.caller, Response.RINGING);
		}
		if (!startRinging(call, EXTENSION_PREFIX + number, targets, number, this.defaultRingTimeout)) {
			unavailable(call);
			return;
		}
		log.info("Contact {}: transferred to extension {}, ringing {} for {}", call.contactId, number, targets,
				this.defaultRingTimeout);
	}

	/**
	 * The extension answered: caller and extension are connected and recorded at once. A
	 * call already recorded (an agent transferred it) goes on in the same recording.
	 */
	void extensionAnswered(Call call) {
		answer(call);
		cancelCollection(call);
		if (call.recorder == null) {
			startRecording(call, call.agent.agentId);
		}
		call.media.bridge(call.recorder);
		log.info("Contact {}: caller bridged with extension {}", call.contactId, call.extension);
	}

	/**
	 * Voicemail: the caller hears the voicemail prompt and a tone, then what they say is
	 * recorded (left channel, like calls) until they press '#', hang up or reach
	 * {@link #MESSAGE_MAX}; they then hear "message saved" and the call ends. The message
	 * goes to {@link RecordingStore#voicemail}; one shorter than {@link #MESSAGE_MIN} is
	 * dropped as empty.
	 */
	private void voicemail(Call call, String mailbox) {
		if (call.agent != null || !call.forks.isEmpty()) {
			dropAgentLeg(call);
		}
		answer(call);
		cancelCollection(call);
		call.media.musicOnHold(null);
		call.mailbox = mailbox;
		log.info("Contact {}: to voicemail box {}", call.contactId, mailbox);
		List<short[]> clips = new java.util.ArrayList<>(this.media.prompts().clips("voicemail", Map.of()));
		clips.addAll(this.media.prompts().clips("beep", Map.of()));
		call.media.play(clips, () -> {
			synchronized (this.b2bua.lock) {
				startMessage(call);
			}
		});
	}

	private void startMessage(Call call) {
		if (call.ended || call.mailbox == null || call.messageStart != null) {
			return;
		}
		if (call.recorder != null) {
			// The call was bridged before it came here: its recording ends where the
			// message begins.
			StereoWavRecorder conversation = call.recorder;
			call.recorder = null;
			call.media.recordCaller(null);
			finishLater(call, conversation, false);
		}
		Instant start = this.clock.instant();
		try {
			call.recorder = this.media.recorder(call.contactId + VOICEMAIL_SUFFIX, start);
		}
		catch (IOException ex) {
			log.error("Contact {}: cannot record the voicemail message: {}", call.contactId, ex.getMessage());
			playThenHangUp(call, "unavailable");
			return;
		}
		this.unfinished.put(call.contactId + VOICEMAIL_SUFFIX, call.recorder.file());
		call.messageStart = start;
		call.media.recordCaller(call.recorder);
		call.messageTimer = this.media.ticker().schedule(() -> {
			synchronized (this.b2bua.lock) {
				if (!call.ended) {
					endMessage(call, "longest message reached");
				}
			}
		}, MESSAGE_MAX.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void endMessage(Call call, String why) {
		log.info("Contact {}: voicemail message ends ({})", call.contactId, why);
		if (call.messageTimer != null) {
			call.messageTimer.cancel(false);
		}
		call.media.recordCaller(null);
		call.media.play(this.media.prompts().clips("message-saved", Map.of()), () -> {
			synchronized (this.b2bua.lock) {
				hangUp(call, "voicemail left");
			}
		});
	}

	/**
	 * A transfer to an outside number. No outbound route (trunk) exists in this version:
	 * the caller hears "unavailable" and the call ends, rather than waiting in silence.
	 */
	private void transferOut(Call call, String number) {
		log.warn("Contact {}: transfer to {} asked, but no outbound route exists; the caller is told and released",
				call.contactId, number);
		if (call.agent != null || !call.forks.isEmpty()) {
			dropAgentLeg(call);
		}
		unavailable(call);
	}

	/** The caller hears "unavailable" (answered first if need be), then is released. */
	private void unavailable(Call call) {
		answer(call);
		cancelCollection(call);
		call.media.musicOnHold(null);
		playThenHangUp(call, "unavailable");
	}

	/** Sends 200 OK with SDP to the caller once; later prompts and bridges reuse it. */
	void answer(Call call) {
		if (!call.answered && this.b2bua.signalling().answer(call.caller, call.caller.invite)) {
			call.answered = true;
			call.caller.state = Leg.State.CONFIRMED;
		}
	}

	void playThenHangUp(Call call, String prompt) {
		call.media.play(this.media.prompts().clips(prompt, Map.of()), () -> {
			synchronized (this.b2bua.lock) {
				hangUp(call, "played " + prompt);
			}
		});
	}

	/** Ends every leg of the call and its media; the engine is told nothing here. */
	void hangUp(Call call, String reason) {
		if (call.ended) {
			return;
		}
		call.ended = true;
		log.info("Contact {} ends: {}", call.contactId, reason);
		cancelCollection(call);
		if (call.messageTimer != null) {
			call.messageTimer.cancel(false);
		}
		if (call.agent != null || !call.forks.isEmpty()) {
			dropAgentLeg(call);
		}
		Leg caller = call.caller;
		if (caller.state == Leg.State.SETUP) {
			this.b2bua.signalling().respond(caller, Response.TEMPORARILY_UNAVAILABLE);
		}
		else if (caller.state == Leg.State.CONFIRMED) {
			this.b2bua.signalling().bye(caller);
		}
		caller.state = Leg.State.ENDED;
		this.b2bua.legs.remove(caller.callId);
		this.b2bua.calls.remove(call.contactId);
		call.media.close();
		if (call.recorder != null) {
			finishLater(call, call.recorder, call.messageStart != null);
		}
	}

	/**
	 * Closes {@code recorder} on the writer thread, then hands it to the recording store
	 * as a voicemail {@code message} or as the call's recording.
	 */
	private void finishLater(Call call, StereoWavRecorder recorder, boolean message) {
		String key = message ? call.contactId + VOICEMAIL_SUFFIX : call.contactId;
		this.media.writer().finish(recorder).whenCompleteAsync((closed, failure) -> {
			try {
				if (failure != null) {
					log.error("Contact {}: recording {} could not be finished: {}", call.contactId, recorder.file(),
							failure.toString());
				}
				else {
					finishRecording(call, recorder, message);
				}
			}
			finally {
				this.unfinished.remove(key);
			}
		}, this.finisher);
	}

	/** Hangs up every call still up (the server stops). */
	public void hangUpAll(String reason) {
		synchronized (this.b2bua.lock) {
			for (Call call : List.copyOf(this.b2bua.calls.values())) {
				hangUp(call, reason);
			}
		}
	}

	/** Recordings started and not yet handed to the store: contact id → file. */
	public Map<String, java.nio.file.Path> unfinishedRecordings() {
		return Map.copyOf(this.unfinished);
	}

	private void finishRecording(Call call, StereoWavRecorder recorder, boolean message) {
		try {
			if (message && recorder.duration().compareTo(MESSAGE_MIN) < 0) {
				log.info("Contact {}: voicemail message of {} dropped as empty", call.contactId, recorder.duration());
				Files.deleteIfExists(recorder.file());
				return;
			}
			long size = Files.size(recorder.file());
			String sha256 = StereoWavRecorder.sha256(recorder.file());
			if (message) {
				this.recordings
					.voicemail(new RecordingStore.Voicemail(call.contactId, call.caller.callId, call.callerNumber,
							call.mailbox, recorder.file(), call.messageStart, recorder.duration(), size, sha256));
				return;
			}
			this.recordings.recorded(new RecordingStoreRecording(call, recorder, size, sha256).toRecording());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Contact {}: recording {} could not be finished: {}", call.contactId, recorder.file(),
					ex.getMessage());
		}
	}

	private void submit(Input input) {
		this.b2bua.link().submit(input);
	}

	private record RecordingStoreRecording(Call call, StereoWavRecorder recorder, long size, String sha256) {

		RecordingStore.Recording toRecording() {
			return new RecordingStore.Recording(this.call.contactId, this.call.caller.callId, this.call.callerNumber,
					this.call.bridgedAgent, this.call.queue, this.recorder.file(), this.call.bridgedAt,
					this.recorder.duration(), this.size, this.sha256);
		}

	}

}
