package org.switchboard.telephony.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundStreamTest {

	@Test
	void continuesSequenceTimestampAndSsrcWhenThePromptGivesWayToTheRelay() {
		OutboundStream stream = new OutboundStream();
		byte[] prompt = new byte[RtpPacket.HEADER + 160];
		stream.generated(prompt, 0, 160);
		byte[] relayed = packet(0x0badcafe, 40000, 123456);

		stream.relayed(relayed, 160);

		assertThat(RtpPacket.ssrc(relayed)).isEqualTo(RtpPacket.ssrc(prompt));
		assertThat(RtpPacket.sequence(relayed)).isEqualTo((RtpPacket.sequence(prompt) + 1) & 0xffff);
		assertThat(RtpPacket.timestamp(relayed)).isEqualTo((RtpPacket.timestamp(prompt) + 160) & 0xffffffffL);
		assertThat(RtpPacket.marker(relayed)).isTrue();
	}

	@Test
	void keepsTheSourcesOwnSpacingAndLossWithinOneSource() {
		OutboundStream stream = new OutboundStream();
		byte[] first = packet(7, 100, 8000);
		byte[] afterLoss = packet(7, 102, 8320);
		stream.relayed(first, 160);

		stream.relayed(afterLoss, 160);

		assertThat((RtpPacket.sequence(afterLoss) - RtpPacket.sequence(first)) & 0xffff).isEqualTo(2);
		assertThat(RtpPacket.timestamp(afterLoss) - RtpPacket.timestamp(first)).isEqualTo(320);
		assertThat(RtpPacket.marker(afterLoss)).isFalse();
	}

	@Test
	void startsAfterTheLastRelayedPacketWhenTheAgentChanges() {
		OutboundStream stream = new OutboundStream();
		byte[] fromFirstAgent = packet(1, 500, 1000);
		byte[] fromSecondAgent = packet(2, 9, 77);
		stream.relayed(fromFirstAgent, 160);

		stream.relayed(fromSecondAgent, 160);

		assertThat(RtpPacket.sequence(fromSecondAgent)).isEqualTo((RtpPacket.sequence(fromFirstAgent) + 1) & 0xffff);
		assertThat(RtpPacket.ssrc(fromSecondAgent)).isEqualTo(RtpPacket.ssrc(fromFirstAgent));
	}

	private static byte[] packet(int ssrc, int sequence, long timestamp) {
		byte[] packet = new byte[RtpPacket.HEADER + 160];
		RtpPacket.writeHeader(packet, false, 0, sequence, timestamp, ssrc);
		return packet;
	}

}
