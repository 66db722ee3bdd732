package org.switchboard.telephony.media;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.testphone.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

class RtpIoTest {

	@Test
	void relaysEachPacketOnTheLoopThreadThatReadItWithoutAThreadPerSocket() throws Exception {
		int start = FreePorts.rtpRange(8);
		RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), start, start + 7);
		Set<String> relayThreads = ConcurrentHashMap.newKeySet();
		try (RtpIo io = new RtpIo(2);
				DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress());
				DatagramSocket agent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			caller.setSoTimeout(2000);
			agent.setSoTimeout(2000);
			RtpEndpoint fromCaller = ports.endpoint(io, null);
			RtpEndpoint toAgent = ports.endpoint(io, fromCaller);
			toAgent.remote(new InetSocketAddress(InetAddress.getLoopbackAddress(), agent.getLocalPort()));
			fromCaller.start((buffer, length) -> {
				relayThreads.add(Thread.currentThread().getName());
				toAgent.send(buffer, length);
			});
			toAgent.start((buffer, length) -> fromCaller.send(buffer, length));
			long threadsBefore = rtpThreads();

			byte[] packet = rtp(7);
			for (int i = 0; i < 20; i++) {
				caller.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(),
						fromCaller.localPort()));
				DatagramPacket heard = new DatagramPacket(new byte[2048], 2048);
				agent.receive(heard);
				assertThat(Arrays.copyOf(heard.getData(), heard.getLength())).isEqualTo(packet);
			}
			// the agent answers; the caller's address was latched from its first packet
			byte[] back = rtp(9);
			agent.send(new DatagramPacket(back, back.length, InetAddress.getLoopbackAddress(), toAgent.localPort()));
			DatagramPacket heard = new DatagramPacket(new byte[2048], 2048);
			caller.receive(heard);
			assertThat(Arrays.copyOf(heard.getData(), heard.getLength())).isEqualTo(back);

			assertThat(relayThreads).containsExactly(relayThreadOf(fromCaller));
			assertThat(rtpThreads()).as("no thread per socket").isEqualTo(threadsBefore).isEqualTo(2);
			fromCaller.close();
			toAgent.close();
			assertThat(ports.openEndpoints()).isZero();
		}
		assertThat(eventually(Duration.ofSeconds(2), () -> rtpThreads() == 0)).as("loops end on close").isTrue();
	}

	private static String relayThreadOf(RtpEndpoint endpoint) {
		String[] name = new String[1];
		endpoint.loop().submit(() -> name[0] = Thread.currentThread().getName());
		try {
			eventually(Duration.ofSeconds(2), () -> name[0] != null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return name[0];
	}

	private static long rtpThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith("rtp-io-")).count();
	}

	private static byte[] rtp(int marker) {
		byte[] packet = new byte[RtpPacket.HEADER + 160];
		RtpPacket.writeHeader(packet, false, 0, marker, 160L * marker, 0x4242);
		Arrays.fill(packet, RtpPacket.HEADER, packet.length, (byte) marker);
		return packet;
	}

}
