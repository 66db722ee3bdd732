package org.switchboard.telephony.call;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledExecutorService;

import org.switchboard.telephony.media.MediaSession;
import org.switchboard.telephony.media.MediaSession.LegFormat;
import org.switchboard.telephony.media.PromptLibrary;
import org.switchboard.telephony.media.RtpEndpoint;
import org.switchboard.telephony.media.RtpPorts;
import org.switchboard.telephony.media.StereoWavRecorder;

/** What calls need from the media side: RTP sockets, sessions, prompts and recorders. */
public final class CallMedia {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	private final RtpPorts ports;

	private final ScheduledExecutorService ticker;

	private final PromptLibrary prompts;

	private final Path recordings;

	public CallMedia(RtpPorts ports, ScheduledExecutorService ticker, PromptLibrary prompts, Path recordings) {
		this.ports = ports;
		this.ticker = ticker;
		this.prompts = prompts;
		this.recordings = recordings;
	}

	RtpEndpoint open() throws IOException {
		return new RtpEndpoint(this.ports.open());
	}

	MediaSession session(RtpEndpoint caller, LegFormat format, MediaSession.Listener listener) {
		return new MediaSession(this.ticker, caller, format, listener);
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
		return new StereoWavRecorder(this.recordings.resolve(DAY.format(start)).resolve(contactId + ".wav"));
	}

}
