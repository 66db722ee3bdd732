package org.switchboard.telephony.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads prompt WAV files: RIFF/WAVE, PCM 16-bit, mono, 8 kHz — the format the prompt
 * script produces and admins are asked to upload.
 */
public final class Wav {

	public static final int RATE = 8000;

	private Wav() {
	}

	/** The samples of an 8 kHz mono 16-bit PCM WAV; anything else is refused with why. */
	public static short[] read(InputStream in) throws IOException {
		ByteBuffer b = ByteBuffer.wrap(readAll(in)).order(ByteOrder.LITTLE_ENDIAN);
		if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
			throw new IOException("not a RIFF/WAVE file");
		}
		int position = 12;
		boolean formatSeen = false;
		while (position + 8 <= b.limit()) {
			int id = b.getInt(position);
			int size = b.getInt(position + 4);
			int body = position + 8;
			if (size < 0 || body + size > b.limit()) {
				size = b.limit() - body;
			}
			if (id == 0x20746d66) {
				checkFormat(b, body);
				formatSeen = true;
			}
			else if (id == 0x61746164) {
				if (!formatSeen) {
					throw new IOException("WAV data before its format chunk");
				}
				short[] samples = new short[size / 2];
				for (int i = 0; i < samples.length; i++) {
					samples[i] = b.getShort(body + 2 * i);
				}
				return samples;
			}
			position = body + size + (size & 1);
		}
		throw new IOException("WAV without a data chunk");
	}

	private static void checkFormat(ByteBuffer b, int at) throws IOException {
		int format = b.getShort(at) & 0xffff;
		int channels = b.getShort(at + 2);
		int rate = b.getInt(at + 4);
		int bits = b.getShort(at + 14);
		if (format != 1 || channels != 1 || rate != RATE || bits != 16) {
			throw new IOException("prompts must be PCM 16-bit mono 8000 Hz WAV; this one is format " + format + ", "
					+ channels + " channel(s), " + rate + " Hz, " + bits + " bit");
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

}
