package org.switchboard.server.sip;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.switchboard.telephony.Telephony;

/**
 * Publishes what the PBX's media holds as Micrometer meters (on
 * {@code /actuator/prometheus}): calls up, RTP sockets open, recordings not yet stored,
 * timers pending, RTP I/O threads, and the recorder overflow counter. All read 0 while
 * SIP is stopped.
 */
public class SipMeters implements MeterBinder {

	private final SipServer server;

	public SipMeters(SipServer server) {
		this.server = server;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "switchboard.sip.calls.active", "calls the B2BUA holds", Telephony.Stats::activeCalls);
		gauge(registry, "switchboard.rtp.endpoints.open", "RTP sockets open (one per call leg)",
				Telephony.Stats::openRtpEndpoints);
		gauge(registry, "switchboard.recordings.in-progress", "recordings started and not yet in the recording store",
				Telephony.Stats::recordingsInProgress);
		gauge(registry, "switchboard.sip.timers.pending", "prompt ticks, ring and digit timers scheduled",
				Telephony.Stats::pendingTimers);
		gauge(registry, "switchboard.rtp.io.threads", "threads carrying RTP", Telephony.Stats::ioThreads);
		FunctionCounter
			.builder("switchboard.rtp.recorder.overflows", this.server,
					(sip) -> read(sip, Telephony.Stats::recorderOverflows))
			.description("audio samples dropped because the recording writer fell behind")
			.baseUnit("samples")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description,
			ToDoubleFunction<Telephony.Stats> value) {
		// Strong: the registry would otherwise let go of a binder nobody else holds, and
		// the gauge would read NaN.
		Gauge.builder(name, this, (meters) -> meters.read(value))
			.description(description)
			.strongReference(true)
			.register(registry);
	}

	private double read(ToDoubleFunction<Telephony.Stats> value) {
		return read(this.server, value);
	}

	/** Static so that the counter holds (weakly) the server, not this binder. */
	private static double read(SipServer server, ToDoubleFunction<Telephony.Stats> value) {
		return server.telephony().map((telephony) -> value.applyAsDouble(telephony.stats())).orElse(0.0);
	}

}
