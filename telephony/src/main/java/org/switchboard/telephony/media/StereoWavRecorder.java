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
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a call as a stereo 8 kHz 16-bit WAV, caller on the left, agent on the right.
 * The RTP threads only decode each packet into a bounded per-side buffer
 * ({@link #left(byte[], int, int, Codec)}, {@link #right(byte[], int, int, Codec)}); the
 * {@link RecordingWriter}'s thread {@link #drain drains} it to the file a few times a
 * second, pairing left and right, and rewrites the RIFF and data sizes in the header
 * after every second of audio, so a killed process leaves a playable file missing at most
 * about a second. When the buffer of a side is full (the writer fell behind by
 * {@link #BUFFER_SAMPLES} samples) new audio of that side is dropped and counted rather
 * than holding up the relay.
 */
public final class StereoWavRecorder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StereoWavRecorder.class);

	/** One second of audio between header updates. */
	static final int FLUSH_INTERVAL_SAMPLES = Wav.RATE;

	/** Samples each side may hold before the writer drains them: two seconds. */
	static final int BUFFER_SAMPLES = Wav.RATE * 2;

	/** Bytes of interleaved frames one drain may produce at most. */
	static final int DRAIN_BYTES = BUFFER_SAMPLES * 4;

	/** The longest gap in a side's RTP timestamps filled with silence: one second. */
	static final int MAX_GAP_SAMPLES = Wav.RATE;

	/** How far one side may run ahead of the silent other before silence is filled in. */
	private static final int MAX_SKEW_SAMPLES = Wav.RATE / 5;

	private static final int HEADER = 44;

	private final Path file;

	private final FileChannel channel;

	private final LongAdder overflows;

	private final Side left = new Side();

	private final Side right = new Side();

	private volatile long frames;

	private long framesInHeader;

	private long lastForce = System.nanoTime();

	private boolean warnedOverflow;

	private boolean closed;

	public StereoWavRecorder(Path file) throws IOException {
		this(file, new LongAdder());
	}

	StereoWavRecorder(Path file, LongAdder overflows) throws IOException {
		Files.createDirectories(file.getParent());
		this.file = file;
		this.overflows = overflows;
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		this.channel.write(header(0));
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Caller audio from an RTP packet ({@code length} encoded bytes from offset) with its
	 * timestamp: a gap in the timestamps (lost packets, or silence the phone did not
	 * send) becomes silence, so the two channels stay aligned. Gaps over
	 * {@link #MAX_GAP_SAMPLES} and backward steps are taken as a new stream (no fill); no
	 * audio is ever dropped for its timestamp.
	 */
	public void left(byte[] payload, int offset, int length, Codec codec, long rtpTimestamp) {
		append(this.left, payload, offset, length, codec, rtpTimestamp);
	}

	/** Agent audio from an RTP packet with its timestamp; see the caller's. */
	public void right(byte[] payload, int offset, int length, Codec codec, long rtpTimestamp) {
		append(this.right, payload, offset, length, codec, rtpTimestamp);
	}

	/** Caller audio as samples. */
	public void left(short[] samples, int count) {
		append(this.left, samples, count);
	}

	/** Agent audio as samples. */
	public void right(short[] samples, int count) {
		append(this.right, samples, count);
	}

	private void append(Side side, byte[] payload, int offset, int length, Codec codec, long rtpTimestamp) {
		int dropped;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			fillGap(side, rtpTimestamp, length);
			int n = Math.min(length, BUFFER_SAMPLES - side.count);
			int at = (side.start + side.count) % BUFFER_SAMPLES;
			for (int i = 0; i < n; i++) {
				side.samples[at] = codec.decode(payload[offset + i]);
				at = (at + 1 == BUFFER_SAMPLES) ? 0 : at + 1;
			}
			side.count += n;
			dropped = length - n;
		}
		overflowed(dropped);
	}

	private void append(Side side, short[] samples, int count) {
		int dropped;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			int n = Math.min(count, BUFFER_SAMPLES - side.count);
			int at = (side.start + side.count) % BUFFER_SAMPLES;
			for (int i = 0; i < n; i++) {
				side.samples[at] = samples[i];
				at = (at + 1 == BUFFER_SAMPLES) ? 0 : at + 1;
			}
			side.count += n;
			dropped = count - n;
		}
		overflowed(dropped);
	}

	/**
	 * Silence for the samples between the side's last packet and this one, if a small
	 * gap.
	 */
	private static void fillGap(Side side, long rtpTimestamp, int length) {
		if (side.nextTimestamp >= 0) {
			// RTP timestamps wrap at 2^32: the signed 32-bit difference is the gap.
			int gap = (int) (rtpTimestamp - side.nextTimestamp);
			if (gap > 0 && gap <= MAX_GAP_SAMPLES) {
				int n = Math.min(gap, BUFFER_SAMPLES - side.count - length);
				for (int i = 0; i < n; i++) {
					side.samples[(side.start + side.count + i) % BUFFER_SAMPLES] = 0;
				}
				side.count += Math.max(0, n);
				side.gapSamples += Math.max(0, n);
			}
		}
		side.nextTimestamp = (rtpTimestamp + length) & 0xFFFFFFFFL;
	}

	/** Silence put in for gaps in the RTP timestamps, caller and agent. */
	public synchronized long[] gapSamples() {
		return new long[] { this.left.gapSamples, this.right.gapSamples };
	}

	private void overflowed(int dropped) {
		if (dropped <= 0) {
			return;
		}
		this.overflows.add(dropped);
		boolean first;
		synchronized (this) {
			first = !this.warnedOverflow;
			this.warnedOverflow = true;
		}
		if (first) {
			log.warn("Recording {}: the writer fell behind, audio dropped (counted as recorder overflow)", this.file);
		}
	}

	/**
	 * Writes what both sides have (a side more than 200 ms ahead of a silent other is
	 * written against silence), rewrites the header after each second of audio and forces
	 * the file to disk when {@code syncInterval} (if positive) has passed. On the writer
	 * thread only; {@code out} is its scratch buffer of {@link #DRAIN_BYTES}.
	 */
	void drain(Duration syncInterval, ByteBuffer out) throws IOException {
		if (this.closed) {
			return;
		}
		copyOut(false, out);
		writeOut(out);
		if (this.frames - this.framesInHeader >= FLUSH_INTERVAL_SAMPLES) {
			this.channel.write(header(this.frames), 0);
			this.framesInHeader = this.frames;
		}
		if (!syncInterval.isZero() && !syncInterval.isNegative()
				&& System.nanoTime() - this.lastForce >= syncInterval.toNanos()) {
			this.channel.force(false);
			this.lastForce = System.nanoTime();
		}
	}

	/**
	 * Moves frames from the side buffers into {@code out}: paired ones, or, when
	 * {@code all}, everything (the shorter side padded with silence).
	 */
	private synchronized void copyOut(boolean all, ByteBuffer out) {
		int both = Math.min(this.left.count, this.right.count);
		int ahead = Math.max(this.left.count, this.right.count);
		int n;
		if (all) {
			n = ahead;
		}
		else {
			n = (ahead - both > MAX_SKEW_SAMPLES) ? ahead - MAX_SKEW_SAMPLES / 2 : both;
		}
		out.clear();
		for (int i = 0; i < n; i++) {
			out.putShort(this.left.take(i));
			out.putShort(this.right.take(i));
		}
		this.left.consume(n);
		this.right.consume(n);
		out.flip();
	}

	private void writeOut(ByteBuffer out) throws IOException {
		int n = out.remaining() / 4;
		while (out.hasRemaining()) {
			this.channel.write(out);
		}
		this.frames += n;
	}

	/** Audio written so far. */
	public Duration duration() {
		return Duration.ofMillis(this.frames * 1000 / Wav.RATE);
	}

	/** Samples of this recording dropped because the writer fell behind. */
	public long overflows() {
		return this.overflows.sum();
	}

	/**
	 * Writes what is buffered, fixes the header, forces the file to disk and closes it;
	 * later audio is ignored. On the writer thread (or, in tests, any single thread).
	 */
	public void close() throws IOException {
		synchronized (this) {
			if (this.closed) {
				return;
			}
		}
		try {
			ByteBuffer out = ByteBuffer.allocate(DRAIN_BYTES).order(ByteOrder.LITTLE_ENDIAN);
			copyOut(true, out);
			synchronized (this) {
				this.closed = true;
			}
			writeOut(out);
			this.channel.write(header(this.frames), 0);
			this.framesInHeader = this.frames;
			this.channel.force(false);
		}
		finally {
			synchronized (this) {
				this.closed = true;
			}
			this.channel.close();
		}
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

	/** One channel's samples waiting for the writer, as a ring. */
	private static final class Side {

		final short[] samples = new short[BUFFER_SAMPLES];

		int start;

		int count;

		/** The RTP timestamp the next packet should carry; -1 before the first. */
		long nextTimestamp = -1;

		long gapSamples;

		/** The i-th waiting sample, silence past the end. */
		short take(int i) {
			return (i < this.count) ? this.samples[(this.start + i) % BUFFER_SAMPLES] : 0;
		}

		void consume(int n) {
			int m = Math.min(n, this.count);
			this.start = (this.start + m) % BUFFER_SAMPLES;
			this.count -= m;
		}

	}

}
