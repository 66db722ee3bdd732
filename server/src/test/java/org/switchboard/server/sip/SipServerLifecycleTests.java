package org.switchboard.server.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/** The PBX's life inside the server: after the engine, and no caller left hanging. */
class SipServerLifecycleTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path dataDir;

	final List<Input> inputs = new CopyOnWriteArrayList<>();

	@Test
	void startsAfterAndStopsBeforeTheEngine() {
		assertThat(server().getPhase()).isGreaterThan(EngineHost.PHASE);
	}

	@Test
	void stoppingHangsUpCallsStillUpAndDropsLaterActions() throws Exception {
		SipServer server = server();
		server.start();
		try (TestPhone caller = TestPhone.start("13800000001", "unused", server.port())) {
			TestCall call = caller.call("800", false);
			assertThat(eventually(WAIT, () -> this.inputs.stream().anyMatch(Input.ContactArrives.class::isInstance)))
				.isTrue();

			server.stop();

			assertThat(call.awaitResponse(WAIT, false).getStatusCode()).as("the waiting caller is turned away")
				.isEqualTo(480);
			assertThat(server.isRunning()).isFalse();
			server.execute(new Action.Disconnect("gone", "after stop"));
			assertThat(server.telephony()).isEmpty();
		}
		finally {
			server.stop();
		}
	}

	private SipServer server() {
		return StandaloneSipServer.of(StandaloneSipServer.settings(this.dataDir), this.inputs::add);
	}

}
