package org.switchboard.telephony.testphone;

/** Sine tones and a rough frequency estimate, for checking which audio reached whom. */
public final class Tone {

	private Tone() {
	}

	public static short[] sine(double hz, int samples, int startSample) {
		short[] out = new short[samples];
		for (int i = 0; i < samples; i++) {
			out[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * (startSample + i) / 8000.0));
		}
		return out;
	}

	/** Frequency from zero crossings; 0 for silence. */
	public static double frequency(short[] samples, int from, int to) {
		int crossings = 0;
		int loud = 0;
		for (int i = from + 1; i < to; i++) {
			if ((samples[i - 1] < 0) != (samples[i] < 0)) {
				crossings++;
			}
			if (Math.abs(samples[i]) > 1000) {
				loud++;
			}
		}
		if (loud < (to - from) / 10) {
			return 0;
		}
		return crossings / 2.0 * 8000.0 / (to - from);
	}

}
