package org.switchboard.telephony.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodecTest {

	@Test
	void encodesSilenceAsTheG711IdleCodes() {
		assertThat(Codec.PCMU.encode((short) 0)).isEqualTo((byte) 0xff);
		assertThat(Codec.PCMA.encode((short) 0)).isEqualTo((byte) 0xd5);
	}

	@Test
	void decodesTheExtremeCodesToFullScale() {
		assertThat(Codec.PCMU.decode((byte) 0x00)).isEqualTo((short) -32124);
		assertThat(Codec.PCMU.decode((byte) 0x80)).isEqualTo((short) 32124);
		assertThat(Codec.PCMA.decode((byte) 0xaa)).isEqualTo((short) 32256);
		assertThat(Codec.PCMA.decode((byte) 0x2a)).isEqualTo((short) -32256);
	}

	@Test
	void roundTripsEverySampleWithinTheSegmentQuantisation() {
		for (Codec codec : Codec.values()) {
			for (int s = -32768; s <= 32767; s += 7) {
				short back = codec.decode(codec.encode((short) s));
				int allowed = Math.max(16, Math.abs(s) / 16 + 8);
				assertThat(Math.abs(back - s)).as("%s %d -> %d", codec, s, back).isLessThanOrEqualTo(allowed);
			}
		}
	}

	@Test
	void roundTripsEveryCodeExactly() {
		for (Codec codec : Codec.values()) {
			for (int code = 0; code < 256; code++) {
				byte b = (byte) code;
				short linear = codec.decode(b);
				assertThat(codec.decode(codec.encode(linear))).as("%s code %d", codec, code).isEqualTo(linear);
			}
		}
	}

	@Test
	void findsCodecsByPayloadTypeAndName() {
		assertThat(Codec.byPayloadType(8)).contains(Codec.PCMA);
		assertThat(Codec.byName("pcmu")).contains(Codec.PCMU);
		assertThat(Codec.byPayloadType(18)).isEmpty();
	}

}
