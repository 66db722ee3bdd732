package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.testphone.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RtpPortsTest {

	@Test
	void handsOutEvenPortsUntilTheRangeIsFull() throws IOException {
		int start = FreePorts.rtpRange(8);
		RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), start, start + 7);
		List<DatagramSocket> open = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				open.add(ports.open());
			}
			assertThat(open).allSatisfy((s) -> assertThat(s.getLocalPort() % 2).isZero());
			assertThat(open).extracting(DatagramSocket::getLocalPort).doesNotHaveDuplicates();
			assertThatThrownBy(ports::open).hasMessageContaining("no free RTP port");

			open.remove(0).close();
			assertThat(ports.open().getLocalPort()).isEqualTo(start);
		}
		finally {
			open.forEach(DatagramSocket::close);
		}
	}

}
