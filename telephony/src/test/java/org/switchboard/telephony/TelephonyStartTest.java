package org.switchboard.telephony;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.telephony.testphone.TelephonyFixture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelephonyStartTest {

	@TempDir
	Path dataDir;

	@Test
	void refusesAPortAlreadyInUseAndSaysWhich() throws IOException {
		try (TelephonyFixture first = TelephonyFixture.start(this.dataDir)) {
			SipSettings sameport = SipSettings.defaults().withBind("127.0.0.1", first.port()).withDataDir(this.dataDir);
			Telephony.Ports ports = new Telephony.Ports((n) -> Optional.empty(), (n) -> Optional.empty(),
					new AgentBinding() {
						@Override
						public Optional<String> agentAt(String extension) {
							return Optional.empty();
						}

						@Override
						public Optional<String> extensionOf(String agentId) {
							return Optional.empty();
						}
					}, (input) -> {
					}, (recording) -> {
					}, SecurityEvents.none());

			assertThatThrownBy(() -> Telephony.start(sameport, ports, Clock.systemUTC()))
				.isInstanceOf(IOException.class)
				.hasMessageContaining("127.0.0.1:" + first.port());
		}
	}

	@Test
	void refusesASettingsRangeTooSmallForRtp() {
		assertThatThrownBy(() -> SipSettings.defaults().withRtpPorts(20000, 20001))
			.hasMessageContaining("RTP port range");
	}

}
