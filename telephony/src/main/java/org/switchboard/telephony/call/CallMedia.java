package org.switchboard.telephony.call;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledExecutorService;

import org.switchboard.telephony.media.MediaClock;
import org.switchboard.telephony.media.MediaSession;
import org.switchboard.telephony.media.MediaSession.LegFormat;
import org.switchboard.telephony.media.PromptLibrary;
import org.switchboard.telephony.media.RecordingWriter;
import org.switchboard.telephony.media.RtpEndpoint;
import org.switchboard.telephony.media.RtpIo;
import org.switchboard.telephony.media.RtpPorts;
import org.switchboard.telephony.media.StereoWavRecorder;

/**
 * What calls need from the media side: RTP endpoints (served by the shared I/O loops),
 * sessions, prompts and recorders (written by the shared recording writer).
 */
public final class CallMedia {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	private final RtpPorts ports;

	private final ScheduledExecutorService ticker;

	private final MediaClock clock;

	private final PromptLibrary prompts;

	private final Path recordings;

	private final RtpIo io;

	private final RecordingWriter writer;

	public CallMedia(RtpPorts ports, RtpIo io, ScheduledExecutorService ticker, MediaClock clock, PromptLibrary prompts,
			Path recordings, RecordingWriter writer) {
		this.ports = ports;
		this.io = io;
		this.ticker = ticker;
		this.clock = clock;
		this.prompts = prompts;
		this.recordings = recordings;
		this.writer = writer;
	}

	/** An endpoint for a caller leg, on the next I/O loop. */
	RtpEndpoint open() throws IOException {
		return this.ports.endpoint(this.io, null);
	}

	/**
	 * An endpoint for an agent leg, on the caller's I/O loop so that both directions of
	 * the call are relayed by one thread.
	 */
	RtpEndpoint open(RtpEndpoint near) throws IOException {
		return this.ports.endpoint(this.io, near);
	}

	RecordingWriter writer() {
		return this.writer;
	}

	MediaSession session(RtpEndpoint caller, LegFormat format, MediaSession.Listener listener) {
		return new MediaSession(this.clock, this.ticker, caller, format, listener);
	}

	ScheduledExecutorService ticker() {
		return this.ticker;
	}

	PromptLibrary prompts() {
		return this.prompts;
	}

	/**
	 * A recorder for a call bridged at {@code start}: recordings/yyyy/MM/dd/contact.wav.
	 */
	StereoWavRecorder recorder(String contactId, Instant start) throws IOException {
		return this.writer.open(this.recordings.resolve(DAY.format(start)).resolve(contactId + ".wav"));
	}

}
