package org.switchboard.server.sip;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.SwitchboardApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A server whose SIP port is taken does not start and says why in one line. */
class SipStartUpTests {

	@TempDir
	Path dataDir;

	@Test
	void startUpOnATakenSipPortFailsWithAOneLineReason() throws Exception {
		try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
			int port = taken.getLocalPort();
			Throwable failure = catchThrowable(
					() -> new SpringApplicationBuilder(SwitchboardApplication.class).profiles("test")
						.run("--server.port=0", "--switchboard.data-dir=" + this.dataDir,
								"--switchboard.sip.enabled=true", "--switchboard.sip.host=127.0.0.1",
								"--switchboard.sip.port=" + port, "--spring.main.banner-mode=off"));

			FailureAnalysis analysis = new SipPortUnavailableFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).startsWith("SIP could not listen on 127.0.0.1:" + port + " ")
				.doesNotContain("\n");
			assertThat(analysis.getAction()).contains("switchboard.sip.port", "SWITCHBOARD_SIP_PORT");
		}
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(new SipPortUnavailableFailureAnalyzer().analyze(new IllegalStateException("bean problem"))).isNull();
	}

	@Test
	void banIsAuditedWithTheSourceAddressWithoutItsPort() {
		assertThat(AuditSecurityEvents.hostOf("192.0.2.7:5060")).isEqualTo("192.0.2.7");
		assertThat(AuditSecurityEvents.hostOf("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(AuditSecurityEvents.hostOf("[2001:db8::1]:5060")).isEqualTo("2001:db8::1");
		assertThat(AuditSecurityEvents.hostOf("2001:db8::1")).isEqualTo("2001:db8::1");
	}

}
