package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes test tones and reads 16-bit PCM WAV channels of any rate, for end-to-end checks.
 */
public final class Audio {

	private Audio() {
	}

	public static void writeTone(Path file, double hz, int seconds) throws IOException {
		int n = 8000 * seconds;
		short[] samples = Tone.sine(hz, n, 0);
		ByteBuffer b = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x46464952).putInt(36 + 2 * n).putInt(0x45564157);
		b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1);
		b.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
		b.putInt(0x61746164).putInt(2 * n);
		for (short s : samples) {
			b.putShort(s);
		}
		Files.write(file, b.array());
	}

	/** One channel of a 16-bit PCM WAV and its sample rate. */
	public record Channel(short[] samples, int rate) {

		/** Rough frequency of the window [from, to) seconds before the end. */
		public double frequencyBeforeEnd(double fromSeconds, double toSeconds) {
			int to = Math.max(0, this.samples.length - (int) (toSeconds * this.rate));
			int from = Math.max(0, this.samples.length - (int) (fromSeconds * this.rate));
			return Tone.frequency(this.samples, from, to) * this.rate / 8000.0;
		}

	}

	public static Channel channel(Path wav, int channel) throws IOException {
		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
		int position = 12;
		int channels = 1;
		int rate = 8000;
		while (position + 8 <= b.limit()) {
			int id = b.getInt(position);
			int size = b.getInt(position + 4);
			if (id == 0x20746d66) {
				channels = b.getShort(position + 10);
				rate = b.getInt(position + 12);
			}
			else if (id == 0x61746164) {
				int available = Math.min(size, b.limit() - position - 8);
				if (size <= 0 || size > available) {
					available = b.limit() - position - 8;
				}
				int frames = available / (2 * channels);
				short[] samples = new short[frames];
				for (int i = 0; i < frames; i++) {
					samples[i] = b.getShort(position + 8 + 2 * (i * channels + channel));
				}
				return new Channel(samples, rate);
			}
			position += 8 + size + (size & 1);
		}
		throw new IOException(wav + " has no data chunk");
	}

}
