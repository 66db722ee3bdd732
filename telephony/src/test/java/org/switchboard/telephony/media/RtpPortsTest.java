package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.testphone.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RtpPortsTest {

	@Test
	void handsOutEvenPortsUntilTheRangeIsFullAndCountsWhatIsOpen() throws IOException {
		int start = FreePorts.rtpRange(8);
		RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), start, start + 7);
		List<RtpEndpoint> open = new ArrayList<>();
		try (RtpIo io = new RtpIo(1)) {
			for (int i = 0; i < 4; i++) {
				open.add(ports.endpoint(io, null));
			}
			assertThat(open).allSatisfy((e) -> assertThat(e.localPort() % 2).isZero());
			assertThat(open).extracting(RtpEndpoint::localPort).doesNotHaveDuplicates();
			assertThat(ports.openEndpoints()).isEqualTo(4);
			assertThatThrownBy(() -> ports.endpoint(io, null)).hasMessageContaining("no free RTP port");

			RtpEndpoint first = open.remove(0);
			first.close();
			first.close();
			assertThat(ports.openEndpoints()).as("closing twice releases once").isEqualTo(3);
			RtpEndpoint again = ports.endpoint(io, null);
			open.add(again);
			assertThat(again.localPort()).isEqualTo(start);
		}
		finally {
			open.forEach(RtpEndpoint::close);
		}
		assertThat(ports.openEndpoints()).isZero();
	}

	@Test
	void releasesThePortOfAStartedEndpointWhenClosed() throws Exception {
		int start = FreePorts.rtpRange(4);
		RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), start, start + 3);
		try (RtpIo io = new RtpIo(1)) {
			RtpEndpoint endpoint = ports.endpoint(io, null);
			endpoint.start((buffer, length) -> {
			});
			int port = endpoint.localPort();

			endpoint.close();

			assertThat(ports.openEndpoints()).isZero();
			assertThat(org.switchboard.telephony.testphone.TelephonyFixture.eventually(java.time.Duration.ofSeconds(2),
					() -> canBind(port)))
				.as("port %d free again", port)
				.isTrue();
		}
	}

	private static boolean canBind(int port) {
		try (DatagramSocket socket = new DatagramSocket(
				new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
			return socket.isBound();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
