package org.switchboard.telephony.media;

/**
 * Turns RFC 4733 telephone-event packets into digits, once each. RFC 4733 §2.5.1.2: all
 * packets of one event carry the event's start timestamp, and the end packet is sent
 * three times; a digit is reported on the first packet with a new timestamp.
 */
public final class TelephoneEventDetector {

	private long lastTimestamp = -1;

	/** The new digit in this packet, or 0 for a repeat or a non-DTMF event. */
	public char accept(byte[] packet, int length) {
		int offset = RtpPacket.payloadOffset(packet, length);
		if (length - offset < 4) {
			return 0;
		}
		long timestamp = RtpPacket.timestamp(packet);
		if (timestamp == this.lastTimestamp) {
			return 0;
		}
		this.lastTimestamp = timestamp;
		return Dtmf.digitOf(packet[offset] & 0xff);
	}

}
