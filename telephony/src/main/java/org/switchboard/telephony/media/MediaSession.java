package org.switchboard.telephony.media;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The media of one call, anchored on the server: the caller's RTP endpoint and, once an
 * agent is rung, the agent's. Before the bridge it plays prompts and music on hold to the
 * caller and detects the caller's RFC 4733 digits; once bridged it relays each packet to
 * the other leg as soon as it arrives (no buffering, so no added delay) and feeds the
 * decoded audio to the recorder. Each leg hears one continuous stream (see
 * {@link OutboundStream}).
 */
public final class MediaSession implements AutoCloseable {

	/** 20 ms of 8 kHz audio: the packet size G.711 phones use by default. */
	public static final int FRAME = 160;

	private final RtpEndpoint caller;

	private final Listener listener;

	private final Executor callbacks;

	private final MediaClock clock;

	private final OutboundStream toCaller = new OutboundStream();

	private final OutboundStream toAgent = new OutboundStream();

	private final TelephoneEventDetector detector = new TelephoneEventDetector();

	private final Deque<short[]> playlist = new ArrayDeque<>();

	private volatile LegFormat callerFormat;

	private volatile LegFormat agentFormat;

	private volatile RtpEndpoint agent;

	private volatile StereoWavRecorder recorder;

	private volatile boolean bridged;

	private volatile boolean closed;

	private short[] current;

	private int position;

	private Runnable onPlayed;

	private short[] music;

	private int musicPosition;

	/**
	 * A session paced by {@code clock}; digits and finished prompts are reported on
	 * {@code callbacks} (never on the RTP loop or the clock's tick).
	 */
	public MediaSession(MediaClock clock, Executor callbacks, RtpEndpoint caller, LegFormat callerFormat,
			Listener listener) {
		this.caller = caller;
		this.callerFormat = callerFormat;
		this.listener = listener;
		this.callbacks = callbacks;
		this.clock = clock;
		caller.start(this::fromCaller);
		clock.add(this);
	}

	public int callerPort() {
		return this.caller.localPort();
	}

	public void callerFormat(LegFormat format) {
		this.callerFormat = format;
	}

	public LegFormat callerFormat() {
		return this.callerFormat;
	}

	/** Attaches the agent leg's endpoint (started here) and its negotiated format. */
	public void agent(RtpEndpoint endpoint, LegFormat format) {
		RtpEndpoint previous = this.agent;
		this.agentFormat = format;
		this.agent = endpoint;
		if (previous != null && previous != endpoint) {
			previous.close();
		}
		if (previous != endpoint) {
			endpoint.start(this::fromAgent);
		}
	}

	public void agentFormat(LegFormat format) {
		this.agentFormat = format;
	}

	/** Drops the agent leg (ring failed or agent hung up); the caller stays. */
	public void dropAgent() {
		this.bridged = false;
		RtpEndpoint previous = this.agent;
		this.agent = null;
		if (previous != null) {
			previous.close();
		}
		synchronized (this) {
			if (!this.closed) {
				this.clock.add(this);
			}
		}
	}

	/**
	 * Plays clips one after the other, pausing music on hold; {@code onPlayed} runs on
	 * the callbacks executor when the last has played.
	 */
	public synchronized void play(List<short[]> clips, Runnable onPlayed) {
		this.playlist.clear();
		this.playlist.addAll(clips);
		this.current = null;
		this.onPlayed = onPlayed;
	}

	/** Stops the playing prompt without reporting it played (barge-in). */
	public synchronized void stopPlayback() {
		this.playlist.clear();
		this.current = null;
		this.onPlayed = null;
	}

	/** Loops {@code samples} whenever no prompt plays; null stops it. */
	public synchronized void musicOnHold(short[] samples) {
		this.music = samples;
		this.musicPosition = 0;
	}

	/**
	 * Connects caller and agent and starts recording into {@code recorder} (may be null).
	 */
	public synchronized void bridge(StereoWavRecorder recorder) {
		this.playlist.clear();
		this.current = null;
		this.onPlayed = null;
		this.music = null;
		this.recorder = recorder;
		this.bridged = true;
		this.clock.remove(this);
	}

	public boolean bridged() {
		return this.bridged;
	}

	/**
	 * Records the caller alone (a voicemail message) into {@code recorder}, or stops when
	 * null; prompts still play to the caller meanwhile.
	 */
	public void recordCaller(StereoWavRecorder recorder) {
		if (!this.bridged) {
			this.recorder = recorder;
		}
	}

	private void fromCaller(byte[] packet, int length) {
		LegFormat format = this.callerFormat;
		int pt = RtpPacket.payloadType(packet);
		if (format != null && pt == format.telephoneEvent()) {
			char digit = this.detector.accept(packet, length);
			if (digit != 0) {
				// The listener takes the call lock: never on the RTP loop.
				this.callbacks.execute(() -> this.listener.onDigit(digit));
			}
		}
		if (this.bridged) {
			relay(packet, length, format, this.agentFormat, this.agent, true);
		}
		else if (this.recorder != null && format != null && pt == format.codec().payloadType()) {
			record(packet, length, format.codec(), true);
		}
	}

	private void fromAgent(byte[] packet, int length) {
		if (this.bridged) {
			relay(packet, length, this.agentFormat, this.callerFormat, this.caller, false);
		}
	}

	private void relay(byte[] packet, int length, LegFormat from, LegFormat to, RtpEndpoint target,
			boolean fromCaller) {
		if (from == null || to == null || target == null) {
			return;
		}
		int pt = RtpPacket.payloadType(packet);
		if (pt == from.codec().payloadType()) {
			record(packet, length, from.codec(), fromCaller);
			RtpPacket.setPayloadType(packet, to.codec().payloadType());
		}
		else if (pt == from.telephoneEvent() && to.telephoneEvent() >= 0) {
			RtpPacket.setPayloadType(packet, to.telephoneEvent());
		}
		else {
			return;
		}
		int samples = (pt == from.codec().payloadType())
				? RtpPacket.payloadEnd(packet, length) - RtpPacket.payloadOffset(packet, length) : FRAME;
		(fromCaller ? this.toAgent : this.toCaller).relayed(packet, samples);
		target.send(packet, length);
	}

	private void record(byte[] packet, int length, Codec codec, boolean fromCaller) {
		StereoWavRecorder into = this.recorder;
		if (into == null) {
			return;
		}
		int offset = RtpPacket.payloadOffset(packet, length);
		int count = Math.max(0, RtpPacket.payloadEnd(packet, length) - offset);
		long timestamp = RtpPacket.timestamp(packet);
		if (fromCaller) {
			into.left(packet, offset, count, codec, timestamp);
		}
		else {
			into.right(packet, offset, count, codec, timestamp);
		}
	}

	/**
	 * Sends the caller the next 20 ms of prompt or music, if any; called by the clock.
	 */
	void tick() {
		byte[] frame;
		Runnable finished = null;
		synchronized (this) {
			if (this.bridged || this.callerFormat == null) {
				return;
			}
			short[] samples = nextPromptFrame();
			if (samples == null && this.onPlayed != null) {
				finished = this.onPlayed;
				this.onPlayed = null;
			}
			if (samples == null) {
				samples = nextMusicFrame();
			}
			frame = (samples != null) ? encode(samples) : null;
		}
		if (frame != null) {
			this.caller.send(frame, frame.length);
		}
		if (finished != null) {
			this.callbacks.execute(finished);
		}
	}

	private short[] nextPromptFrame() {
		while (this.current == null || this.position >= this.current.length) {
			if (this.playlist.isEmpty()) {
				this.current = null;
				return null;
			}
			this.current = this.playlist.removeFirst();
			this.position = 0;
		}
		short[] frame = new short[FRAME];
		int n = Math.min(FRAME, this.current.length - this.position);
		System.arraycopy(this.current, this.position, frame, 0, n);
		this.position += n;
		return frame;
	}

	private short[] nextMusicFrame() {
		if (this.music == null || this.music.length == 0) {
			return null;
		}
		short[] frame = new short[FRAME];
		for (int i = 0; i < FRAME; i++) {
			frame[i] = this.music[this.musicPosition];
			this.musicPosition = (this.musicPosition + 1) % this.music.length;
		}
		return frame;
	}

	private byte[] encode(short[] samples) {
		Codec codec = this.callerFormat.codec();
		byte[] packet = new byte[RtpPacket.HEADER + FRAME];
		this.toCaller.generated(packet, codec.payloadType(), FRAME);
		for (int i = 0; i < FRAME; i++) {
			packet[RtpPacket.HEADER + i] = codec.encode(samples[i]);
		}
		return packet;
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			this.clock.remove(this);
		}
		this.bridged = false;
		this.recorder = null;
		this.caller.close();
		RtpEndpoint agentEndpoint = this.agent;
		if (agentEndpoint != null) {
			agentEndpoint.close();
		}
	}

	/**
	 * What one leg negotiated: its audio codec and its telephone-event payload type (-1
	 * when none).
	 */
	public record LegFormat(Codec codec, int telephoneEvent) {
	}

	/** Hears the caller's digits; runs on the callbacks executor. */
	@FunctionalInterface
	public interface Listener {

		void onDigit(char digit);

	}

}
