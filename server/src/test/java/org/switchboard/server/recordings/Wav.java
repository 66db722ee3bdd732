package org.switchboard.server.recordings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small real stereo 16-bit PCM WAV files (a tone left, silence right) for tests.
 */
final class Wav {

	static final int SAMPLE_RATE = 8000;

	private Wav() {
	}

	static Path write(Path file, int millis) throws IOException {
		int frames = SAMPLE_RATE * millis / 1000;
		int dataSize = frames * 4;
		ByteBuffer wav = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes()).putInt(36 + dataSize).put("WAVE".getBytes());
		wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(SAMPLE_RATE);
		wav.putInt(SAMPLE_RATE * 4).putShort((short) 4).putShort((short) 16);
		wav.put("data".getBytes()).putInt(dataSize);
		for (int i = 0; i < frames; i++) {
			wav.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE))).putShort((short) 0);
		}
		Files.createDirectories(file.getParent());
		return Files.write(file, wav.array());
	}

}
