package org.switchboard.server.prompts;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** WAV files built in memory for the prompt tests. */
final class TestWavs {

	private TestWavs() {
	}

	/**
	 * A sine tone of {@code hertz} as 16-bit PCM with {@code channels} equal channels.
	 */
	static byte[] tone(int rate, int channels, double hertz, double seconds) {
		int frames = (int) Math.round(rate * seconds);
		ByteBuffer b = header(1, rate, channels, 16, frames * channels * 2);
		for (int f = 0; f < frames; f++) {
			short sample = (short) Math.round(16000 * Math.sin(2 * Math.PI * hertz * f / rate));
			for (int c = 0; c < channels; c++) {
				b.putShort(sample);
			}
		}
		return b.array();
	}

	/** A WAV header with a data chunk of {@code dataBytes} zero bytes. */
	static byte[] silence(int format, int rate, int channels, int bits, int dataBytes) {
		return header(format, rate, channels, bits, dataBytes).array();
	}

	private static ByteBuffer header(int format, int rate, int channels, int bits, int dataBytes) {
		ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x46464952).putInt(36 + dataBytes).putInt(0x45564157);
		b.putInt(0x20746d66).putInt(16).putShort((short) format).putShort((short) channels);
		b.putInt(rate).putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8));
		b.putShort((short) bits);
		b.putInt(0x61746164).putInt(dataBytes);
		return b;
	}

	/** The 16-bit samples of a telephony-format WAV (44-byte header). */
	static short[] samples(byte[] wav) {
		ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
		short[] samples = new short[(wav.length - 44) / 2];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = b.getShort(44 + 2 * i);
		}
		return samples;
	}

	/** Sign changes per second: twice the frequency of a pure tone. */
	static double zeroCrossingsPerSecond(short[] samples, int rate) {
		int crossings = 0;
		for (int i = 1; i < samples.length; i++) {
			if ((samples[i - 1] < 0) != (samples[i] < 0)) {
				crossings++;
			}
		}
		return crossings * (double) rate / samples.length;
	}

	static double rms(short[] samples) {
		double sum = 0;
		for (short s : samples) {
			sum += (double) s * s;
		}
		return Math.sqrt(sum / samples.length);
	}

}
