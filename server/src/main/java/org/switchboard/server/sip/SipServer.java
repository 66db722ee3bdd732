package org.switchboard.server.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.Action;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.telephony.ActionSink;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the built-in PBX inside the server: starts {@link Telephony} once the engine runs,
 * carries out the engine's actions on it (it is the telephony {@link ActionSink} the
 * engine link looks for), tells the engine every {@code reconcileEvery} which calls still
 * have a caller leg, and closes it before the engine stops.
 */
public class SipServer implements SmartLifecycle, ActionSink {

	/** Starts after and stops before {@link EngineHost#PHASE}. */
	public static final int PHASE = EngineHost.PHASE + 1;

	private static final Logger log = LoggerFactory.getLogger(SipServer.class);

	private final SipSettings settings;

	private final Telephony.Ports ports;

	private final LegReconciler reconciler;

	private final Clock clock;

	private final Duration reconcileEvery;

	private volatile Telephony telephony;

	private ScheduledExecutorService reconciling;

	SipServer(SipSettings settings, Telephony.Ports ports, LegReconciler reconciler, Clock clock,
			Duration reconcileEvery) {
		this.settings = settings;
		this.ports = ports;
		this.reconciler = reconciler;
		this.clock = clock;
		this.reconcileEvery = reconcileEvery;
	}

	@Override
	public void start() {
		try {
			this.telephony = Telephony.start(this.settings, this.ports, this.clock);
		}
		catch (IOException ex) {
			throw new SipPortUnavailableException(this.settings.bindHost(), this.settings.port(), ex);
		}
		this.reconciling = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "sip-leg-reconciler");
			thread.setDaemon(true);
			return thread;
		});
		long period = this.reconcileEvery.toMillis();
		this.reconciling.scheduleWithFixedDelay(this::reconcile, period, period, TimeUnit.MILLISECONDS);
		log.info("SIP listening on {}:{} (UDP and TCP), RTP ports {}..{}, advertised as {}, digest {}",
				this.settings.bindHost(), this.telephony.port(), this.settings.rtpPortMin(), this.settings.rtpPortMax(),
				this.settings.publicHost(), this.settings.digestAlgorithms());
	}

	private void reconcile() {
		Telephony running = this.telephony;
		if (running == null) {
			return;
		}
		try {
			this.reconciler.reconcile(running.liveContacts());
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the engine which calls are still up; trying again in {}", this.reconcileEvery, ex);
		}
	}

	@Override
	public void execute(Action action) {
		Telephony running = this.telephony;
		if (running == null) {
			log.warn("SIP is not running; {} dropped", action);
			return;
		}
		running.execute(action);
	}

	@Override
	public void stop() {
		Telephony running = this.telephony;
		if (running == null) {
			return;
		}
		this.reconciling.shutdownNow();
		Set<String> live = running.liveContacts();
		if (!live.isEmpty()) {
			log.info("Stopping SIP: hanging up {} call(s) still up", live.size());
		}
		live.forEach((contactId) -> running.execute(new Action.Disconnect(contactId, "server shutting down")));
		running.close();
		this.telephony = null;
	}

	@Override
	public boolean isRunning() {
		return this.telephony != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** The running PBX (registered phones, prompts), empty while stopped. */
	public Optional<Telephony> telephony() {
		return Optional.ofNullable(this.telephony);
	}

	/** The SIP port actually bound. */
	public int port() {
		Telephony running = this.telephony;
		if (running == null) {
			throw new UncheckedIOException(new IOException("SIP is not running"));
		}
		return running.port();
	}

}
