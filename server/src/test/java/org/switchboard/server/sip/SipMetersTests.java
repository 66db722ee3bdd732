package org.switchboard.server.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Input;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/** The PBX's calls, RTP sockets and recordings as Micrometer meters. */
class SipMetersTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dataDir;

	final List<Input> inputs = new CopyOnWriteArrayList<>();

	@Test
	void gaugesFollowACallUpAndBackToZero() throws Exception {
		SipServer server = server();
		MeterRegistry registry = new SimpleMeterRegistry();
		new SipMeters(server).bindTo(registry);
		assertThat(value(registry, "switchboard.sip.calls.active")).as("SIP stopped").isZero();

		server.start();
		try (TestPhone caller = TestPhone.start("13800000001", "unused", server.port())) {
			assertThat(value(registry, "switchboard.rtp.io.threads")).isEqualTo(3);
			TestCall call = caller.call("800", false);
			assertThat(eventually(WAIT, () -> this.inputs.stream().anyMatch(Input.ContactArrives.class::isInstance)))
				.isTrue();

			assertThat(value(registry, "switchboard.sip.calls.active")).isEqualTo(1);
			assertThat(value(registry, "switchboard.rtp.endpoints.open")).isEqualTo(1);
			assertThat(value(registry, "switchboard.recordings.in-progress")).isZero();
			assertThat(registry.get("switchboard.rtp.recorder.overflows").functionCounter().count()).isZero();

			call.cancel();

			assertThat(eventually(WAIT,
					() -> value(registry, "switchboard.sip.calls.active") == 0
							&& value(registry, "switchboard.rtp.endpoints.open") == 0
							&& value(registry, "switchboard.sip.timers.pending") == 0))
				.as("calls %s, endpoints %s, timers %s", value(registry, "switchboard.sip.calls.active"),
						value(registry, "switchboard.rtp.endpoints.open"),
						value(registry, "switchboard.sip.timers.pending"))
				.isTrue();
		}
		finally {
			server.stop();
		}
		assertThat(value(registry, "switchboard.rtp.io.threads")).as("SIP stopped").isZero();
	}

	private static double value(MeterRegistry registry, String name) {
		return registry.get(name).gauge().value();
	}

	private SipServer server() {
		return StandaloneSipServer.of(StandaloneSipServer.settings(this.dataDir).withRtpIo(3, Duration.ZERO),
				this.inputs::add);
	}

}
