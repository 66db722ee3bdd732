package org.switchboard.telephony.media;

/**
 * Reading and writing the fixed RTP header (RFC 3550 §5.1): V=2, P, X, CC, M, PT,
 * sequence number, timestamp, SSRC, then CSRCs and an optional header extension before
 * the payload.
 */
public final class RtpPacket {

	public static final int HEADER = 12;

	private RtpPacket() {
	}

	public static boolean isRtp(byte[] b, int length) {
		return length >= HEADER && (b[0] & 0xc0) == 0x80 && !isRtcp(b);
	}

	/** RFC 5761 §4: payload types 64–95 with the marker bit are RTCP when multiplexed. */
	private static boolean isRtcp(byte[] b) {
		int pt = b[1] & 0xff;
		return pt >= 192 && pt <= 223;
	}

	public static int payloadType(byte[] b) {
		return b[1] & 0x7f;
	}

	public static void setPayloadType(byte[] b, int pt) {
		b[1] = (byte) ((b[1] & 0x80) | (pt & 0x7f));
	}

	public static boolean marker(byte[] b) {
		return (b[1] & 0x80) != 0;
	}

	public static int sequence(byte[] b) {
		return ((b[2] & 0xff) << 8) | (b[3] & 0xff);
	}

	public static long timestamp(byte[] b) {
		return ((long) (b[4] & 0xff) << 24) | ((b[5] & 0xff) << 16) | ((b[6] & 0xff) << 8) | (b[7] & 0xff);
	}

	public static long ssrc(byte[] b) {
		return ((long) (b[8] & 0xff) << 24) | ((b[9] & 0xff) << 16) | ((b[10] & 0xff) << 8) | (b[11] & 0xff);
	}

	/** Rewrites sequence number, timestamp and SSRC, keeping everything else. */
	public static void restamp(byte[] b, boolean marker, int sequence, long timestamp, int ssrc) {
		if (marker) {
			b[1] = (byte) (b[1] | 0x80);
		}
		b[2] = (byte) (sequence >> 8);
		b[3] = (byte) sequence;
		b[4] = (byte) (timestamp >> 24);
		b[5] = (byte) (timestamp >> 16);
		b[6] = (byte) (timestamp >> 8);
		b[7] = (byte) timestamp;
		b[8] = (byte) (ssrc >> 24);
		b[9] = (byte) (ssrc >> 16);
		b[10] = (byte) (ssrc >> 8);
		b[11] = (byte) ssrc;
	}

	public static int payloadOffset(byte[] b, int length) {
		int offset = HEADER + 4 * (b[0] & 0x0f);
		if ((b[0] & 0x10) != 0 && offset + 4 <= length) {
			int words = ((b[offset + 2] & 0xff) << 8) | (b[offset + 3] & 0xff);
			offset += 4 + 4 * words;
		}
		return Math.min(offset, length);
	}

	/** Payload length without the padding RFC 3550 §5.1 allows at the end. */
	public static int payloadEnd(byte[] b, int length) {
		if ((b[0] & 0x20) != 0 && length > HEADER) {
			return Math.max(payloadOffset(b, length), length - (b[length - 1] & 0xff));
		}
		return length;
	}

	/** Writes a fresh header into {@code b}. */
	public static void writeHeader(byte[] b, boolean marker, int pt, int sequence, long timestamp, int ssrc) {
		b[0] = (byte) 0x80;
		b[1] = (byte) ((marker ? 0x80 : 0) | (pt & 0x7f));
		b[2] = (byte) (sequence >> 8);
		b[3] = (byte) sequence;
		b[4] = (byte) (timestamp >> 24);
		b[5] = (byte) (timestamp >> 16);
		b[6] = (byte) (timestamp >> 8);
		b[7] = (byte) timestamp;
		b[8] = (byte) (ssrc >> 24);
		b[9] = (byte) (ssrc >> 16);
		b[10] = (byte) (ssrc >> 8);
		b[11] = (byte) ssrc;
	}

}
