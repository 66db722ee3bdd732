package org.switchboard.telephony.media;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The one RTP stream a leg receives from the server, whatever feeds it: prompts generated
 * here or packets relayed from the other leg. RFC 3550 §8.2 lets a source change SSRC,
 * but phones' jitter buffers (baresip's among them) drop a stream whose SSRC and sequence
 * jump mid-call, so every packet is restamped with this stream's SSRC and a sequence
 * number and timestamp continuing where the previous packet left off.
 */
final class OutboundStream {

	private final int ssrc = ThreadLocalRandom.current().nextInt();

	private int nextSequence = ThreadLocalRandom.current().nextInt(0x10000);

	private long nextTimestamp = ThreadLocalRandom.current().nextInt() & 0xffffffffL;

	private long source = -1;

	private int sequenceOffset;

	private long timestampOffset;

	private boolean marker = true;

	/** Writes the header of a packet generated here (20 ms of audio). */
	synchronized void generated(byte[] packet, int payloadType, int samples) {
		RtpPacket.writeHeader(packet, this.marker, payloadType, this.nextSequence, this.nextTimestamp, this.ssrc);
		this.marker = false;
		this.source = -1;
		advance(this.nextSequence, this.nextTimestamp, samples);
	}

	/** Restamps a relayed packet in place so that it continues this stream. */
	synchronized void relayed(byte[] packet, int samples) {
		long from = RtpPacket.ssrc(packet);
		int sequence = RtpPacket.sequence(packet);
		long timestamp = RtpPacket.timestamp(packet);
		boolean newSource = from != this.source;
		if (newSource) {
			this.source = from;
			this.sequenceOffset = this.nextSequence - sequence;
			this.timestampOffset = this.nextTimestamp - timestamp;
		}
		int outSequence = (sequence + this.sequenceOffset) & 0xffff;
		long outTimestamp = (timestamp + this.timestampOffset) & 0xffffffffL;
		RtpPacket.restamp(packet, newSource, outSequence, outTimestamp, this.ssrc);
		if (((outSequence - this.nextSequence) & 0xffff) < 0x8000) {
			advance(outSequence, outTimestamp, samples);
		}
	}

	private void advance(int sequence, long timestamp, int samples) {
		this.nextSequence = (sequence + 1) & 0xffff;
		this.nextTimestamp = (timestamp + samples) & 0xffffffffL;
	}

	int ssrc() {
		return this.ssrc;
	}

}
