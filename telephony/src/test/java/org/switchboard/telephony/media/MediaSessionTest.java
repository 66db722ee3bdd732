package org.switchboard.telephony.media;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.media.MediaSession.LegFormat;
import org.switchboard.telephony.testphone.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

class MediaSessionTest {

	private static final LegFormat PCMU = new LegFormat(Codec.PCMU, 101);

	@Test
	void oneClockPacesEverySessionUntilBridgedAndAgainWhenTheAgentLeaves() throws Exception {
		int start = FreePorts.rtpRange(8);
		RtpPorts ports = new RtpPorts(InetAddress.getLoopbackAddress(), start, start + 7);
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		try (RtpIo io = new RtpIo(1);
				MediaClock clock = new MediaClock(ticker);
				DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			caller.setSoTimeout(300);
			RtpEndpoint callerLeg = ports.endpoint(io, null);
			callerLeg.remote(new InetSocketAddress(InetAddress.getLoopbackAddress(), caller.getLocalPort()));
			MediaSession session = new MediaSession(clock, ticker, callerLeg, PCMU, (digit) -> {
			});
			short[] tone = new short[MediaSession.FRAME * 5];
			Arrays.fill(tone, (short) 8000);
			session.musicOnHold(tone);
			assertThat(clock.sessions()).isEqualTo(1);
			assertThat(receive(caller)).as("music while waiting").isTrue();

			RtpEndpoint agentLeg = ports.endpoint(io, callerLeg);
			session.agent(agentLeg, PCMU);
			session.bridge(null);
			assertThat(clock.sessions()).as("a bridged call is not paced").isZero();
			drain(caller);
			assertThat(receive(caller)).as("nothing generated once bridged").isFalse();

			session.dropAgent();
			assertThat(clock.sessions()).isEqualTo(1);
			session.play(List.of(tone), null);
			assertThat(receive(caller)).as("prompts again after the agent left").isTrue();

			session.close();
			assertThat(clock.sessions()).isZero();
			session.dropAgent();
			assertThat(clock.sessions()).as("a closed session never comes back").isZero();
			assertThat(eventually(Duration.ofSeconds(2), () -> ports.openEndpoints() == 0)).isTrue();
		}
		finally {
			ticker.shutdownNow();
		}
	}

	private static boolean receive(DatagramSocket socket) throws Exception {
		try {
			socket.receive(new DatagramPacket(new byte[2048], 2048));
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

	private static void drain(DatagramSocket socket) throws Exception {
		while (receive(socket)) {
			// packets sent before the bridge
		}
	}

}
