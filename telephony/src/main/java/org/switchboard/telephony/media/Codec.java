package org.switchboard.telephony.media;

import java.util.Optional;

/**
 * The G.711 codecs (ITU-T G.711; RTP payload types of RFC 3551 §6: PCMU = 0, PCMA = 8), 8
 * kHz, one byte per sample. Encoding uses precomputed tables so that the relay and
 * recorder stay cheap.
 */
public enum Codec {

	PCMU(0, "PCMU"), PCMA(8, "PCMA");

	private static final short[] ULAW_DECODE = new short[256];

	private static final short[] ALAW_DECODE = new short[256];

	private static final byte[] ULAW_ENCODE = new byte[65536];

	private static final byte[] ALAW_ENCODE = new byte[65536];

	static {
		for (int i = 0; i < 256; i++) {
			ULAW_DECODE[i] = ulawToLinear((byte) i);
			ALAW_DECODE[i] = alawToLinear((byte) i);
		}
		for (int i = 0; i < 65536; i++) {
			ULAW_ENCODE[i] = linearToUlaw((short) (i - 32768));
			ALAW_ENCODE[i] = linearToAlaw((short) (i - 32768));
		}
	}

	private final int payloadType;

	private final String encodingName;

	Codec(int payloadType, String encodingName) {
		this.payloadType = payloadType;
		this.encodingName = encodingName;
	}

	public int payloadType() {
		return this.payloadType;
	}

	public String encodingName() {
		return this.encodingName;
	}

	public static Optional<Codec> byPayloadType(int payloadType) {
		for (Codec codec : values()) {
			if (codec.payloadType == payloadType) {
				return Optional.of(codec);
			}
		}
		return Optional.empty();
	}

	public static Optional<Codec> byName(String name) {
		for (Codec codec : values()) {
			if (codec.encodingName.equalsIgnoreCase(name)) {
				return Optional.of(codec);
			}
		}
		return Optional.empty();
	}

	public byte encode(short sample) {
		return (this == PCMU) ? ULAW_ENCODE[sample + 32768] : ALAW_ENCODE[sample + 32768];
	}

	public short decode(byte value) {
		return (this == PCMU) ? ULAW_DECODE[value & 0xff] : ALAW_DECODE[value & 0xff];
	}

	/** Encoded silence. */
	public byte silence() {
		return encode((short) 0);
	}

	// G.711 μ-law: bias 0x84, clip 32635, 8 segments, bits inverted.
	static byte linearToUlaw(short pcm) {
		int sample = pcm;
		int sign = (sample >> 8) & 0x80;
		if (sign != 0) {
			sample = -sample;
		}
		if (sample > 32635) {
			sample = 32635;
		}
		sample += 0x84;
		int exponent = 7;
		for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
			exponent--;
		}
		int mantissa = (sample >> (exponent + 3)) & 0x0f;
		return (byte) ~(sign | (exponent << 4) | mantissa);
	}

	static short ulawToLinear(byte value) {
		int u = ~value & 0xff;
		int sign = u & 0x80;
		int exponent = (u >> 4) & 0x07;
		int mantissa = u & 0x0f;
		int sample = (((mantissa << 3) + 0x84) << exponent) - 0x84;
		return (short) ((sign != 0) ? -sample : sample);
	}

	// G.711 A-law: 13-bit magnitude, segments, even bits inverted (xor 0x55).
	static byte linearToAlaw(short pcm) {
		int sample = pcm;
		int sign = (sample >= 0) ? 0x80 : 0x00;
		if (sample < 0) {
			sample = -sample - 1;
		}
		if (sample > 32767) {
			sample = 32767;
		}
		int encoded;
		if (sample < 256) {
			encoded = sample >> 4;
		}
		else {
			int exponent = 7;
			for (int mask = 0x4000; (sample & mask) == 0 && exponent > 1; mask >>= 1) {
				exponent--;
			}
			encoded = (exponent << 4) | ((sample >> (exponent + 3)) & 0x0f);
		}
		return (byte) ((sign | encoded) ^ 0x55);
	}

	static short alawToLinear(byte value) {
		int a = (value ^ 0x55) & 0xff;
		int sign = a & 0x80;
		int exponent = (a >> 4) & 0x07;
		int mantissa = a & 0x0f;
		int sample = (exponent == 0) ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
		return (short) ((sign != 0) ? sample : -sample);
	}

}
