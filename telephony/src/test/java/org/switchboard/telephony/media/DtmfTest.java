package org.switchboard.telephony.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DtmfTest {

	@Test
	void mapsRfc4733EventsToDigits() {
		assertThat(Dtmf.digitOf(0)).isEqualTo('0');
		assertThat(Dtmf.digitOf(9)).isEqualTo('9');
		assertThat(Dtmf.digitOf(10)).isEqualTo('*');
		assertThat(Dtmf.digitOf(11)).isEqualTo('#');
		assertThat(Dtmf.digitOf(16)).isEqualTo((char) 0);
	}

	@Test
	void readsDigitsFromSipInfoBodies() {
		assertThat(Dtmf.digitOfInfo("Signal=5\r\nDuration=160\r\n")).isEqualTo('5');
		assertThat(Dtmf.digitOfInfo("Signal= #\r\n")).isEqualTo('#');
		assertThat(Dtmf.digitOfInfo("7")).isEqualTo('7');
		assertThat(Dtmf.digitOfInfo("Signal=x")).isEqualTo((char) 0);
		assertThat(Dtmf.digitOfInfo(null)).isEqualTo((char) 0);
	}

	@Test
	void reportsEachEventOnceThoughItsPacketsRepeat() {
		TelephoneEventDetector detector = new TelephoneEventDetector();
		byte[] start = event(1, 8000, false);
		byte[] end = event(1, 8000, true);
		byte[] next = event(11, 16000, false);

		assertThat(detector.accept(start, start.length)).isEqualTo('1');
		assertThat(detector.accept(end, end.length)).isEqualTo((char) 0);
		assertThat(detector.accept(end, end.length)).isEqualTo((char) 0);
		assertThat(detector.accept(next, next.length)).isEqualTo('#');
	}

	private static byte[] event(int code, long timestamp, boolean end) {
		byte[] packet = new byte[RtpPacket.HEADER + 4];
		RtpPacket.writeHeader(packet, !end, 101, 1, timestamp, 7);
		packet[RtpPacket.HEADER] = (byte) code;
		packet[RtpPacket.HEADER + 1] = (byte) (end ? 0x8a : 0x0a);
		return packet;
	}

}
