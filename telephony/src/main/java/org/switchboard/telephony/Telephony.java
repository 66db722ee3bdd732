package org.switchboard.telephony;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sip.SipException;

import org.switchboard.engine.Action;
import org.switchboard.telephony.auth.BruteForceGuard;
import org.switchboard.telephony.auth.DigestVerifier;
import org.switchboard.telephony.auth.NonceService;
import org.switchboard.telephony.call.B2bua;
import org.switchboard.telephony.call.CallActions;
import org.switchboard.telephony.call.CallMedia;
import org.switchboard.telephony.media.PromptLibrary;
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

	private final SipEndpoint sip;

	private final Locations locations;

	private final B2bua b2bua;

	private final CallActions actions;

	private final PromptLibrary prompts;

	private final ScheduledExecutorService ticker;

	private final ExecutorService finisher;

	private Telephony(SipEndpoint sip, Locations locations, B2bua b2bua, CallActions actions, PromptLibrary prompts,
			ScheduledExecutorService ticker, ExecutorService finisher) {
		this.sip = sip;
		this.locations = locations;
		this.b2bua = b2bua;
		this.actions = actions;
		this.prompts = prompts;
		this.ticker = ticker;
		this.finisher = finisher;
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
		ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1, (r) -> daemon(r, "media-ticker"));
		ExecutorService finisher = Executors.newSingleThreadExecutor((r) -> daemon(r, "recording-finisher"));
		try {
			return assemble(settings, ports, clock, sip, dispatcher, verifier, guard, ticker, finisher, publicHost);
		}
		catch (IOException | RuntimeException ex) {
			sip.close();
			ticker.shutdownNow();
			finisher.shutdownNow();
			throw ex;
		}
	}

	private static Telephony assemble(SipSettings settings, Ports ports, Clock clock, SipEndpoint sip,
			SipDispatcher dispatcher, DigestVerifier verifier, BruteForceGuard guard, ScheduledExecutorService ticker,
			ExecutorService finisher, String publicHost) throws IOException {
		SipAuthenticator authenticator = new SipAuthenticator(sip, verifier, guard, settings.digestAlgorithms());
		Locations locations = new Locations(clock);
		PromptLibrary prompts = new PromptLibrary(settings.dataDir(), settings.promptLanguage());
		RtpPorts rtpPorts = new RtpPorts(InetAddress.getByName(settings.bindHost()), settings.rtpPortMin(),
				settings.rtpPortMax());
		CallMedia media = new CallMedia(rtpPorts, ticker, prompts, settings.dataDir().resolve("recordings"));
		B2bua b2bua = new B2bua(sip, settings, authenticator, ports.routes(), ports.agents(), ports.link(), media,
				publicHost);
		CallActions actions = new CallActions(b2bua, media, locations, ports.agents(), ports.recordings(),
				settings.defaultRingTimeout(), clock, finisher);
		dispatcher.wire(sip, new Registrar(sip, authenticator, locations), b2bua, guard);
		return new Telephony(sip, locations, b2bua, actions, prompts, ticker, finisher);
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

	@Override
	public void close() {
		this.sip.close();
		this.ticker.shutdownNow();
		this.finisher.shutdown();
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
	 */
	public record Ports(ExtensionDirectory extensions, InboundRoutes routes, AgentBinding agents,
			ContactCenterLink link, RecordingStore recordings, SecurityEvents security) {
	}

}
