package org.switchboard.telephony.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StereoWavRecorderTest {

	@TempDir
	Path dir;

	@Test
	void keepsTheHeaderValidWhileRecordingSoACrashLosesAtMostASecond() throws Exception {
		Path file = this.dir.resolve("recordings/call.wav");
		StereoWavRecorder recorder = new StereoWavRecorder(file);
		for (int i = 0; i < 60; i++) {
			recorder.left(frame((short) 1000), 160);
			recorder.right(frame((short) -1000), 160);
		}
		assertThat(Files.size(file)).as("the RTP side never writes the file").isEqualTo(44);

		recorder.drain(Duration.ZERO, scratch());

		// 60 frames = 1.2 s written; the header already counts at least the first second.
		ByteBuffer header = header(file);
		assertThat(Files.size(file)).isEqualTo(44 + 60 * 160 * 4);
		assertThat(header.getInt(40)).isGreaterThanOrEqualTo(8000 * 4);
		assertThat(header.getInt(4)).isEqualTo(36 + header.getInt(40));
		recorder.close();
	}

	@Test
	void decodesG711PayloadIntoTheSideItCameFrom() throws Exception {
		Path file = this.dir.resolve("g711.wav");
		byte[] packet = new byte[12 + 160];
		java.util.Arrays.fill(packet, 12, packet.length, Codec.PCMU.encode((short) 4000));
		try (StereoWavRecorder recorder = new StereoWavRecorder(file)) {
			recorder.left(packet, 12, 160, Codec.PCMU, 0);
			recorder.right(frame((short) 7), 160);
		}

		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(b.getShort(44)).isEqualTo(Codec.PCMU.decode(Codec.PCMU.encode((short) 4000)));
		assertThat(b.getShort(46)).isEqualTo((short) 7);
	}

	@Test
	void fillsAGapInTheRtpTimestampsWithSilenceSoBothChannelsStayAligned() throws Exception {
		Path file = this.dir.resolve("gap.wav");
		byte[] packet = new byte[12 + 160];
		java.util.Arrays.fill(packet, 12, packet.length, Codec.PCMU.encode((short) 4000));
		short caller = Codec.PCMU.decode(Codec.PCMU.encode((short) 4000));
		long start = 0xFFFFFF00L; // the timestamps wrap at 2^32 during the call
		StereoWavRecorder recorder = new StereoWavRecorder(file);
		for (int i = 0; i < 6; i++) {
			if (i != 2 && i != 3) { // the caller's third and fourth packets are lost
				recorder.left(packet, 12, 160, Codec.PCMU, (start + 160L * i) & 0xFFFFFFFFL);
			}
			recorder.right(frame((short) 7), 160);
		}
		recorder.left(packet, 12, 160, Codec.PCMU, 12345678L); // a new stream: no fill
		recorder.right(frame((short) 7), 160);
		assertThat(recorder.gapSamples()).containsExactly(320, 0);
		recorder.close();

		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(b.getInt(40)).as("7 packets on each side").isEqualTo(7 * 160 * 4);
		assertThat(left(b, 319)).isEqualTo(caller);
		assertThat(left(b, 320)).as("silence where packets were lost").isZero();
		assertThat(left(b, 639)).isZero();
		assertThat(left(b, 640)).as("the fifth packet at its own time").isEqualTo(caller);
		assertThat(left(b, 7 * 160 - 1)).isEqualTo(caller);
	}

	private static short left(ByteBuffer wav, int frame) {
		return wav.getShort(44 + frame * 4);
	}

	@Test
	void dropsAndCountsAudioWhenTheWriterFallsBehindInsteadOfBlocking() throws Exception {
		Path file = this.dir.resolve("overflow.wav");
		StereoWavRecorder recorder = new StereoWavRecorder(file);
		int frames = StereoWavRecorder.BUFFER_SAMPLES / 160 + 10;
		for (int i = 0; i < frames; i++) {
			recorder.left(frame((short) 300), 160);
			recorder.right(frame((short) 300), 160);
		}

		assertThat(recorder.overflows()).isEqualTo(2L * 10 * 160);
		recorder.close();
		assertThat(header(file).getInt(40)).isEqualTo(StereoWavRecorder.BUFFER_SAMPLES * 4);
	}

	@Test
	void theWriterDrainsOpenRecordingsWhileTheCallRuns() throws Exception {
		RecordingWriter writer = new RecordingWriter(Duration.ofMillis(50), Duration.ofMillis(100));
		try {
			StereoWavRecorder recorder = writer.open(this.dir.resolve("live.wav"));
			for (int i = 0; i < 60; i++) {
				recorder.left(frame((short) 1000), 160);
				recorder.right(frame((short) -1000), 160);
			}

			assertThat(org.switchboard.telephony.testphone.TelephonyFixture.eventually(Duration.ofSeconds(2),
					() -> header(recorder.file()).getInt(40) >= 8000 * 4))
				.isTrue();
			assertThat(writer.openRecorders()).isEqualTo(1);

			assertThat(writer.finish(recorder).get(2, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(recorder);
			assertThat(header(recorder.file()).getInt(40)).isEqualTo(60 * 160 * 4);
			assertThat(writer.openRecorders()).isZero();
		}
		finally {
			assertThat(writer.close(Duration.ofSeconds(2))).isTrue();
		}
	}

	@Test
	void writesCallerLeftAndAgentRightWithFinalSizes() throws Exception {
		Path file = this.dir.resolve("call.wav");
		try (StereoWavRecorder recorder = new StereoWavRecorder(file)) {
			recorder.left(frame((short) 1111), 160);
			recorder.right(frame((short) -2222), 160);
		}

		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(b.getShort(22)).isEqualTo((short) 2);
		assertThat(b.getInt(24)).isEqualTo(8000);
		assertThat(b.getInt(40)).isEqualTo(160 * 4);
		assertThat(b.getShort(44)).isEqualTo((short) 1111);
		assertThat(b.getShort(46)).isEqualTo((short) -2222);
	}

	@Test
	void fillsSilenceForASideThatSendsNothing() throws Exception {
		Path file = this.dir.resolve("oneway.wav");
		StereoWavRecorder recorder = new StereoWavRecorder(file);
		for (int i = 0; i < 50; i++) {
			recorder.left(frame((short) 500), 160);
		}
		recorder.close();

		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(b.getInt(40)).isEqualTo(50 * 160 * 4);
		assertThat(b.getShort(44)).isEqualTo((short) 500);
		assertThat(b.getShort(46)).isZero();
		assertThat(recorder.duration()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void hashesTheFinishedFile() throws Exception {
		Path file = this.dir.resolve("hash.wav");
		Files.write(file, "abc".getBytes());

		assertThat(StereoWavRecorder.sha256(file))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static short[] frame(short value) {
		short[] samples = new short[160];
		java.util.Arrays.fill(samples, value);
		return samples;
	}

	private static ByteBuffer scratch() {
		return ByteBuffer.allocate(StereoWavRecorder.DRAIN_BYTES).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static ByteBuffer header(Path file) {
		byte[] bytes = new byte[44];
		try (var in = Files.newInputStream(file)) {
			assertThat(in.read(bytes)).isEqualTo(44);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

}
