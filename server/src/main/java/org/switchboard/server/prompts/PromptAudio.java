package org.switchboard.server.prompts;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.switchboard.server.api.ApiException;

/**
 * Turns an uploaded WAV into the telephony format (RIFF/WAVE, PCM 16-bit, mono, 8000 Hz):
 * a file already in it is kept byte for byte; other PCM (8, 16, 24 or 32-bit integer or
 * 32-bit float, any channel count, 4–192 kHz) is mixed down to mono and resampled with a
 * windowed-sinc low-pass filter; anything else is refused with the format it should have.
 */
final class PromptAudio {

	static final int RATE = 8000;

	private static final int RIFF = 0x46464952;

	private static final int WAVE = 0x45564157;

	private static final int FMT = 0x20746d66;

	private static final int DATA = 0x61746164;

	private static final int PCM = 1;

	private static final int FLOAT = 3;

	private static final int EXTENSIBLE = 0xfffe;

	/**
	 * Zero crossings of the sinc on each side of a sample, at the lower of the two rates.
	 */
	private static final int HALF_TAPS = 16;

	private PromptAudio() {
	}

	/**
	 * An upload after conversion; {@code from} says what it was, or is null if kept as
	 * is.
	 */
	record Converted(byte[] wav, String from) {
	}

	static Converted toTelephonyFormat(byte[] upload) {
		ByteBuffer b = ByteBuffer.wrap(upload).order(ByteOrder.LITTLE_ENDIAN);
		if (b.limit() < 12 || b.getInt(0) != RIFF || b.getInt(8) != WAVE) {
			throw ApiException.invalid("file", "prompts.error.notWav");
		}
		Format format = null;
		int position = 12;
		while (position + 8 <= b.limit()) {
			int id = b.getInt(position);
			int size = b.getInt(position + 4);
			int body = position + 8;
			if (size < 0 || body + size > b.limit()) {
				size = b.limit() - body;
			}
			if (id == FMT) {
				format = Format.read(b, body, size);
			}
			else if (id == DATA) {
				if (format == null) {
					throw ApiException.invalid("file", "prompts.error.notWav");
				}
				format.check();
				if (format.isTelephony()) {
					return new Converted(upload, null);
				}
				double[] mono = format.mono(b, body, size);
				return new Converted(wav(resample(mono, format.rate, RATE)), format.describe());
			}
			position = body + size + (size & 1);
		}
		throw ApiException.invalid("file", "prompts.error.notWav");
	}

	/**
	 * Band-limited resampling: each output sample is the input convolved with a
	 * Blackman-windowed sinc whose cut-off is 95% of the lower Nyquist frequency, so
	 * nothing above 3.8 kHz folds back into the telephone band.
	 */
	static double[] resample(double[] in, int fromRate, int toRate) {
		if (fromRate == toRate) {
			return in;
		}
		double step = (double) fromRate / toRate;
		double cutoff = 0.95 * Math.min(1.0, 1.0 / step);
		double halfWidth = HALF_TAPS / cutoff;
		int length = (int) Math.floor(in.length / step);
		double[] out = new double[length];
		for (int j = 0; j < length; j++) {
			double t = j * step;
			int first = Math.max(0, (int) Math.ceil(t - halfWidth));
			int last = Math.min(in.length - 1, (int) Math.floor(t + halfWidth));
			double sum = 0;
			for (int i = first; i <= last; i++) {
				double x = t - i;
				sum += in[i] * cutoff * sinc(cutoff * x) * blackman(x / halfWidth);
			}
			out[j] = sum;
		}
		return out;
	}

	private static double sinc(double x) {
		return (x == 0) ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
	}

	/** The Blackman window over [-1, 1]. */
	private static double blackman(double x) {
		return 0.42 + 0.5 * Math.cos(Math.PI * x) + 0.08 * Math.cos(2 * Math.PI * x);
	}

	/** An 8 kHz mono 16-bit WAV of {@code samples} (full scale ±1.0, clipped). */
	static byte[] wav(double[] samples) {
		ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(RIFF).putInt(36 + 2 * samples.length).putInt(WAVE);
		b.putInt(FMT).putInt(16).putShort((short) PCM).putShort((short) 1).putInt(RATE).putInt(RATE * 2);
		b.putShort((short) 2).putShort((short) 16);
		b.putInt(DATA).putInt(2 * samples.length);
		for (double sample : samples) {
			b.putShort((short) Math.round(Math.max(-1.0, Math.min(1.0, sample)) * 32767));
		}
		return b.array();
	}

	/** A WAV's format chunk. */
	private record Format(int tag, int channels, int rate, int bits) {

		static Format read(ByteBuffer b, int at, int size) {
			if (size < 16) {
				throw ApiException.invalid("file", "prompts.error.notWav");
			}
			int tag = b.getShort(at) & 0xffff;
			if (tag == EXTENSIBLE && size >= 26) {
				tag = b.getShort(at + 24) & 0xffff;
			}
			return new Format(tag, b.getShort(at + 2), b.getInt(at + 4), b.getShort(at + 14));
		}

		void check() {
			boolean pcm = this.tag == PCM && (this.bits == 8 || this.bits == 16 || this.bits == 24 || this.bits == 32);
			boolean floats = this.tag == FLOAT && this.bits == 32;
			if (!(pcm || floats) || this.channels < 1 || this.channels > 8 || this.rate < 4000 || this.rate > 192000) {
				throw ApiException.invalid("file", "prompts.error.format", describe());
			}
		}

		boolean isTelephony() {
			return this.tag == PCM && this.channels == 1 && this.rate == RATE && this.bits == 16;
		}

		String describe() {
			String encoding = switch (this.tag) {
				case PCM -> "PCM";
				case FLOAT -> "float";
				case 6 -> "A-law";
				case 7 -> "μ-law";
				default -> "format " + this.tag;
			};
			return encoding + " " + this.bits + "-bit, " + this.channels + " ch, " + this.rate + " Hz";
		}

		/** The data chunk's frames, channels averaged, full scale ±1.0. */
		double[] mono(ByteBuffer b, int at, int size) {
			int bytes = this.bits / 8;
			int frameSize = bytes * this.channels;
			int frames = size / frameSize;
			double[] mono = new double[frames];
			for (int f = 0; f < frames; f++) {
				double sum = 0;
				for (int c = 0; c < this.channels; c++) {
					sum += sample(b, at + f * frameSize + c * bytes);
				}
				mono[f] = sum / this.channels;
			}
			return mono;
		}

		private double sample(ByteBuffer b, int at) {
			return switch (this.bits) {
				case 8 -> ((b.get(at) & 0xff) - 128) / 128.0;
				case 16 -> b.getShort(at) / 32768.0;
				case 24 -> (((b.get(at + 2)) << 16) | ((b.get(at + 1) & 0xff) << 8) | (b.get(at) & 0xff)) / 8388608.0;
				default -> (this.tag == FLOAT) ? b.getFloat(at) : b.getInt(at) / 2147483648.0;
			};
		}

	}

}
