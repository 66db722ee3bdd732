package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTP socket of a call leg and the thread that reads it. Symmetric RTP (RFC 4961):
 * the first packet from the peer fixes where we send, so phones behind NAT are reached at
 * the address they actually send from rather than the one in their SDP.
 */
public final class RtpEndpoint implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RtpEndpoint.class);

	private final DatagramSocket socket;

	private volatile InetSocketAddress remote;

	private volatile boolean latched;

	private Thread reader;

	public RtpEndpoint(DatagramSocket socket) {
		this.socket = socket;
	}

	public int localPort() {
		return this.socket.getLocalPort();
	}

	/**
	 * Where the peer said (in SDP) it wants RTP, until its first packet says otherwise.
	 */
	public void remote(InetSocketAddress address) {
		if (!this.latched) {
			this.remote = address;
		}
	}

	public InetSocketAddress remote() {
		return this.remote;
	}

	/** Starts reading; {@code listener} runs on this endpoint's thread. */
	public void start(String name, PacketListener listener) {
		this.reader = new Thread(() -> read(listener), name);
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(PacketListener listener) {
		byte[] buffer = new byte[2048];
		DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
		while (!this.socket.isClosed()) {
			try {
				packet.setLength(buffer.length);
				this.socket.receive(packet);
				if (!RtpPacket.isRtp(buffer, packet.getLength())) {
					continue;
				}
				if (!this.latched) {
					this.remote = (InetSocketAddress) packet.getSocketAddress();
					this.latched = true;
				}
				listener.onPacket(buffer, packet.getLength());
			}
			catch (SocketException ex) {
				return;
			}
			catch (IOException | RuntimeException ex) {
				log.debug("RTP read on port {} failed: {}", localPort(), ex.toString());
			}
		}
	}

	public void send(byte[] buffer, int length) {
		InetSocketAddress to = this.remote;
		if (to == null || this.socket.isClosed()) {
			return;
		}
		try {
			this.socket.send(new DatagramPacket(buffer, length, to));
		}
		catch (IOException ex) {
			log.debug("RTP send from port {} to {} failed: {}", localPort(), to, ex.toString());
		}
	}

	@Override
	public void close() {
		this.socket.close();
	}

	/** Receives each RTP packet; the buffer is reused after the call returns. */
	@FunctionalInterface
	public interface PacketListener {

		void onPacket(byte[] buffer, int length);

	}

}
