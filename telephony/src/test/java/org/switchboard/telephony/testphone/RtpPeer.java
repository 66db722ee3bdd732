package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.switchboard.telephony.media.Codec;
import org.switchboard.telephony.media.Dtmf;
import org.switchboard.telephony.media.RtpPacket;

/**
 * A test phone's RTP: sends a PCMU tone every 20 ms once it knows where to, records what
 * it hears, and sends RFC 4733 digits.
 */
public final class RtpPeer implements AutoCloseable {

	private final DatagramSocket socket;

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();

	private final short[] heard = new short[8000 * 60];

	private int heardCount;

	private volatile InetSocketAddress remote;

	private volatile double toneHz;

	private int sequence;

	private long timestamp;

	private int sample;

	private long dtmfTimestamp = 1_000_000;

	public RtpPeer() {
		try {
			this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		}
		catch (SocketException ex) {
			throw new IllegalStateException(ex);
		}
		Thread reader = new Thread(this::read, "test-rtp-" + this.socket.getLocalPort());
		reader.setDaemon(true);
		reader.start();
		this.sender.scheduleAtFixedRate(this::sendFrame, 20, 20, TimeUnit.MILLISECONDS);
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	public void remote(InetSocketAddress address) {
		this.remote = address;
	}

	public void tone(double hz) {
		this.toneHz = hz;
	}

	private void read() {
		byte[] buffer = new byte[2048];
		DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
		while (!this.socket.isClosed()) {
			try {
				packet.setLength(buffer.length);
				this.socket.receive(packet);
				int length = packet.getLength();
				if (!RtpPacket.isRtp(buffer, length)) {
					continue;
				}
				Codec codec = Codec.byPayloadType(RtpPacket.payloadType(buffer)).orElse(null);
				if (codec == null) {
					continue;
				}
				synchronized (this) {
					for (int i = RtpPacket.payloadOffset(buffer, length); i < length
							&& this.heardCount < this.heard.length; i++) {
						this.heard[this.heardCount++] = codec.decode(buffer[i]);
					}
				}
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void sendFrame() {
		InetSocketAddress to = this.remote;
		if (to == null || this.toneHz <= 0) {
			return;
		}
		short[] samples = Tone.sine(this.toneHz, 160, this.sample);
		this.sample += 160;
		byte[] packet = new byte[RtpPacket.HEADER + 160];
		RtpPacket.writeHeader(packet, false, 0, this.sequence++, this.timestamp, 0x1234);
		this.timestamp += 160;
		for (int i = 0; i < 160; i++) {
			packet[RtpPacket.HEADER + i] = Codec.PCMU.encode(samples[i]);
		}
		send(packet);
	}

	/** Sends one RFC 4733 event as a start packet and three end packets. */
	public synchronized void dtmf(char digit, int payloadType) {
		long ts = this.dtmfTimestamp += 8000;
		for (int i = 0; i < 4; i++) {
			byte[] packet = new byte[RtpPacket.HEADER + 4];
			RtpPacket.writeHeader(packet, i == 0, payloadType, this.sequence++, ts, 0x1234);
			packet[RtpPacket.HEADER] = (byte) Dtmf.eventOf(digit);
			packet[RtpPacket.HEADER + 1] = (byte) ((i > 0) ? 0x8a : 0x0a);
			packet[RtpPacket.HEADER + 3] = (byte) 0xa0;
			send(packet);
		}
	}

	private void send(byte[] packet) {
		try {
			this.socket.send(new DatagramPacket(packet, packet.length, this.remote));
		}
		catch (IOException ex) {
			// the test will notice missing audio
		}
	}

	/** Samples heard so far. */
	public synchronized int heardCount() {
		return this.heardCount;
	}

	/** Frequency of the last {@code samples} samples heard. */
	public synchronized double recentFrequency(int samples) {
		int from = Math.max(0, this.heardCount - samples);
		return Tone.frequency(this.heard, from, this.heardCount);
	}

	@Override
	public void close() {
		this.sender.shutdownNow();
		this.socket.close();
	}

}
