package org.switchboard.telephony.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Records a call as a stereo 8 kHz 16-bit WAV, caller on the left, agent on the right,
 * written as the call runs. The RIFF and data sizes in the header are rewritten and the
 * file forced to disk at least every {@link #FLUSH_INTERVAL_SAMPLES} frames, so a crash
 * loses at most about a second and leaves a playable file.
 */
public final class StereoWavRecorder implements AutoCloseable {

	/** One second of audio between header updates. */
	static final int FLUSH_INTERVAL_SAMPLES = Wav.RATE;

	/** How far one side may run ahead of the silent other before silence is filled in. */
	private static final int MAX_SKEW_SAMPLES = Wav.RATE / 5;

	private static final int HEADER = 44;

	private final Path file;

	private final FileChannel channel;

	private final short[] left = new short[Wav.RATE * 2];

	private final short[] right = new short[Wav.RATE * 2];

	private int leftCount;

	private int rightCount;

	private long frames;

	private long framesAtLastFlush;

	private boolean closed;

	public StereoWavRecorder(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		this.file = file;
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		this.channel.write(header(0));
	}

	public Path file() {
		return this.file;
	}

	/** Caller audio, in order of arrival. */
	public synchronized void left(short[] samples, int count) {
		this.leftCount = append(this.left, this.leftCount, samples, count);
		drain();
	}

	/** Agent audio, in order of arrival. */
	public synchronized void right(short[] samples, int count) {
		this.rightCount = append(this.right, this.rightCount, samples, count);
		drain();
	}

	private static int append(short[] buffer, int used, short[] samples, int count) {
		int n = Math.min(count, buffer.length - used);
		System.arraycopy(samples, 0, buffer, used, n);
		return used + n;
	}

	private void drain() {
		if (this.closed) {
			return;
		}
		int both = Math.min(this.leftCount, this.rightCount);
		int ahead = Math.max(this.leftCount, this.rightCount);
		int n = (ahead - both > MAX_SKEW_SAMPLES) ? ahead - MAX_SKEW_SAMPLES / 2 : both;
		if (n <= 0) {
			return;
		}
		write(n);
	}

	private void write(int n) {
		ByteBuffer out = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < n; i++) {
			out.putShort((i < this.leftCount) ? this.left[i] : 0);
			out.putShort((i < this.rightCount) ? this.right[i] : 0);
		}
		this.leftCount = shift(this.left, this.leftCount, n);
		this.rightCount = shift(this.right, this.rightCount, n);
		out.flip();
		try {
			while (out.hasRemaining()) {
				this.channel.write(out);
			}
			this.frames += n;
			if (this.frames - this.framesAtLastFlush >= FLUSH_INTERVAL_SAMPLES) {
				updateHeader();
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("cannot write recording " + this.file, ex);
		}
	}

	private static int shift(short[] buffer, int used, int n) {
		if (n >= used) {
			return 0;
		}
		System.arraycopy(buffer, n, buffer, 0, used - n);
		return used - n;
	}

	private void updateHeader() throws IOException {
		this.channel.write(header(this.frames), 0);
		this.channel.force(false);
		this.framesAtLastFlush = this.frames;
	}

	/** Audio written so far. */
	public synchronized Duration duration() {
		return Duration.ofMillis(this.frames * 1000 / Wav.RATE);
	}

	/** Writes what is buffered, fixes the header and closes the file. */
	@Override
	public synchronized void close() throws IOException {
		if (this.closed) {
			return;
		}
		int rest = Math.max(this.leftCount, this.rightCount);
		if (rest > 0) {
			write(rest);
		}
		this.closed = true;
		updateHeader();
		this.channel.close();
	}

	/** Lower-case hex SHA-256 of the file's bytes. */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("JDK lacks SHA-256", ex);
		}
	}

	static ByteBuffer header(long frames) {
		long data = frames * 4;
		ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x46464952).putInt((int) (36 + data)).putInt(0x45564157);
		b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 2);
		b.putInt(Wav.RATE).putInt(Wav.RATE * 4).putShort((short) 4).putShort((short) 16);
		b.putInt(0x61746164).putInt((int) data);
		return b.flip();
	}

}
