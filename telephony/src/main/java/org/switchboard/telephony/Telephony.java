package org.switchboard.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sip.SipException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Action;
import org.switchboard.telephony.auth.BruteForceGuard;
import org.switchboard.telephony.auth.DigestVerifier;
import org.switchboard.telephony.auth.NonceService;
import org.switchboard.telephony.call.B2bua;
import org.switchboard.telephony.call.CallActions;
import org.switchboard.telephony.call.CallMedia;
import org.switchboard.telephony.media.MediaClock;
import org.switchboard.telephony.media.PromptLibrary;
import org.switchboard.telephony.media.RecordingWriter;
import org.switchboard.telephony.media.RtpIo;
import org.switchboard.telephony.media.RtpPorts;
import org.switchboard.telephony.registrar.Locations;
import org.switchboard.telephony.registrar.Registrar;
import org.switchboard.telephony.sip.SipAuthenticator;
import org.switchboard.telephony.sip.SipDispatcher;
import org.switchboard.telephony.sip.SipEndpoint;

/**
 * Switchboard's PBX: registrar, B2BUA and media on one SIP port (UDP and TCP). The server
 * starts it with its settings and ports, feeds it the engine's actions through
 * {@link #execute}, and closes it on shutdown.
 */
public final class Telephony implements ActionSink, AutoCloseable {

	/** Lifetime of a digest nonce before the client is asked again with stale=true. */
	static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

	/** How often buffered recording audio goes to the files. */
	static final Duration RECORDING_DRAIN_EVERY = Duration.ofMillis(250);

	/** How long {@link #close()} waits for recordings still being finished. */
	static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(Telephony.class);

	private final SipEndpoint sip;

	private final Locations locations;

	private final B2bua b2bua;

	private final CallActions actions;

	private final PromptLibrary prompts;

	private final Media media;

	private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

	private Telephony(SipEndpoint sip, Locations locations, B2bua b2bua, CallActions actions, PromptLibrary prompts,
			Media media) {
		this.sip = sip;
		this.locations = locations;
		this.b2bua = b2bua;
		this.actions = actions;
		this.prompts = prompts;
		this.media = media;
	}

	/** Starts listening on the configured address and port. */
	public static Telephony start(SipSettings settings, Ports ports, Clock clock) throws IOException {
		String publicHost = publicHost(settings);
		NonceService nonces = new NonceService(clock, NONCE_LIFETIME);
		DigestVerifier verifier = new DigestVerifier(ports.extensions(), nonces, settings.realm());
		BruteForceGuard guard = new BruteForceGuard(clock, settings.banThreshold(), settings.banWindow(),
				settings.banDuration(), ports.security());
		SipDispatcher dispatcher = new SipDispatcher();
		SipEndpoint sip;
		try {
			sip = SipEndpoint.start("switchboard", settings.bindHost(), settings.port(), dispatcher);
		}
		catch (SipException ex) {
			throw new IOException("cannot start SIP on " + settings.bindHost() + ":" + settings.port(), ex);
		}
		Media media = null;
		try {
			media = Media.start(settings);
			return assemble(settings, ports, clock, sip, dispatcher, verifier, guard, media, publicHost);
		}
		catch (IOException | RuntimeException ex) {
			sip.close();
			if (media != null) {
				media.stopNow();
			}
			throw ex;
		}
	}

	private static Telephony assemble(SipSettings settings, Ports ports, Clock clock, SipEndpoint sip,
			SipDispatcher dispatcher, DigestVerifier verifier, BruteForceGuard guard, Media media, String publicHost)
			throws IOException {
		SipAuthenticator authenticator = new SipAuthenticator(sip, verifier, guard, settings.digestAlgorithms());
		Locations locations = new Locations(clock, ports.registrations());
		PromptLibrary prompts = new PromptLibrary(settings.dataDir(), settings.promptLanguage());
		RtpPorts rtpPorts = new RtpPorts(InetAddress.getByName(settings.bindHost()), settings.rtpPortMin(),
				settings.rtpPortMax());
		media.ports = rtpPorts;
		CallMedia callMedia = new CallMedia(rtpPorts, media.io, media.ticker, media.clock, prompts,
				settings.dataDir().resolve("recordings"), media.writer);
		B2bua b2bua = new B2bua(sip, settings, authenticator, ports.routes(), ports.agents(), ports.link(), callMedia,
				publicHost);
		CallActions actions = new CallActions(b2bua, callMedia, locations, ports.agents(), ports.recordings(),
				settings.defaultRingTimeout(), clock, media.finisher);
		dispatcher.wire(sip, new Registrar(sip, authenticator, locations), b2bua, guard);
		return new Telephony(sip, locations, b2bua, actions, prompts, media);
	}

	private static String publicHost(SipSettings settings) throws IOException {
		String host = settings.publicHost();
		if (InetAddress.getByName(host).isAnyLocalAddress()) {
			return InetAddress.getLocalHost().getHostAddress();
		}
		return host;
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void execute(Action action) {
		this.actions.execute(action);
	}

	/** Registered contacts, for admin pages and the agent desk's "phone online" light. */
	public Locations locations() {
		return this.locations;
	}

	/** Prompts, for the admin's upload page. */
	public PromptLibrary prompts() {
		return this.prompts;
	}

	/** Contacts that still have a live caller leg (for {@code Input.LegsPresent}). */
	public Set<String> liveContacts() {
		return this.b2bua.liveContacts();
	}

	public int port() {
		return this.sip.port();
	}

	/** What the media side holds right now, for gauges and leak checks. */
	public Stats stats() {
		return new Stats(this.b2bua.activeCalls(), this.media.ports.openEndpoints(),
				this.actions.unfinishedRecordings().size(), this.media.writer.overflows(), pendingTimers(),
				this.media.io.threads());
	}

	/**
	 * Timers waiting on the ticker (ring timeouts, IVR timeouts, ...), the media clock
	 * not counted.
	 */
	private int pendingTimers() {
		return (int) this.media.ticker.getQueue().stream().filter((task) -> !this.media.clock.isTick(task)).count();
	}

	/**
	 * Hangs up every call still up, stops SIP and RTP, then waits (at most
	 * {@link #CLOSE_WAIT}) until every recording is written, forced to disk and handed to
	 * the {@link RecordingStore}; those that are not are logged as errors by contact.
	 * Later calls do nothing.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.actions.hangUpAll("server shutting down");
		this.sip.close();
		this.media.ticker.shutdownNow();
		this.media.io.close();
		long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
		this.media.writer.close(CLOSE_WAIT);
		this.media.finisher.shutdown();
		try {
			this.media.finisher.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (Map.Entry<String, java.nio.file.Path> left : this.actions.unfinishedRecordings().entrySet()) {
			log.error(
					"Contact {}: recording {} was not finished within {} of shutdown; the file may lack its "
							+ "last second and is not in the recording store",
					left.getKey(), left.getValue(), CLOSE_WAIT);
		}
	}

	/**
	 * Counts of what the media side holds; all but {@code recorderOverflows} and
	 * {@code ioThreads} return to zero when no call is up.
	 *
	 * @param activeCalls calls the B2BUA holds
	 * @param openRtpEndpoints RTP sockets open (one per caller leg and per agent leg)
	 * @param recordingsInProgress recordings started and not yet in the recording store
	 * @param recorderOverflows audio samples dropped since start because the recording
	 * writer fell behind
	 * @param pendingTimers prompt ticks, ring and digit timers scheduled
	 * @param ioThreads threads carrying RTP
	 */
	public record Stats(int activeCalls, int openRtpEndpoints, int recordingsInProgress, long recorderOverflows,
			int pendingTimers, int ioThreads) {
	}

	/** The threads media runs on, shared by every call. */
	private static final class Media {

		final ScheduledThreadPoolExecutor ticker;

		final MediaClock clock;

		final ExecutorService finisher;

		final RtpIo io;

		final RecordingWriter writer;

		RtpPorts ports;

		private Media(ScheduledThreadPoolExecutor ticker, ExecutorService finisher, RtpIo io, RecordingWriter writer) {
			this.ticker = ticker;
			this.clock = new MediaClock(ticker);
			this.finisher = finisher;
			this.io = io;
			this.writer = writer;
		}

		static Media start(SipSettings settings) throws IOException {
			ScheduledThreadPoolExecutor ticker = new ScheduledThreadPoolExecutor(1, (r) -> daemon(r, "media-ticker"));
			ticker.setRemoveOnCancelPolicy(true);
			ExecutorService finisher = Executors.newSingleThreadExecutor((r) -> daemon(r, "recording-finisher"));
			RtpIo io;
			try {
				io = new RtpIo(settings.rtpIoThreads());
			}
			catch (IOException ex) {
				ticker.shutdownNow();
				finisher.shutdownNow();
				throw ex;
			}
			return new Media(ticker, finisher, io,
					new RecordingWriter(RECORDING_DRAIN_EVERY, settings.recordingSyncInterval()));
		}

		void stopNow() {
			this.ticker.shutdownNow();
			this.finisher.shutdownNow();
			this.io.close();
			this.writer.close(Duration.ZERO);
		}

	}

	/**
	 * The ports the server implements for telephony.
	 *
	 * @param extensions extension look-up for digest authentication
	 * @param routes dialled number to engine entry
	 * @param agents agent ↔ extension binding
	 * @param link hands inputs to the engine
	 * @param recordings receives finished recordings
	 * @param security receives authentication failures and bans
	 * @param registrations keeps registered contacts across restarts
	 */
	public record Ports(ExtensionDirectory extensions, InboundRoutes routes, AgentBinding agents,
			ContactCenterLink link, RecordingStore recordings, SecurityEvents security,
			RegistrationStore registrations) {

		/** Ports with registrations kept in memory only. */
		public Ports(ExtensionDirectory extensions, InboundRoutes routes, AgentBinding agents, ContactCenterLink link,
				RecordingStore recordings, SecurityEvents security) {
			this(extensions, routes, agents, link, recordings, security, RegistrationStore.none());
		}

	}

}
