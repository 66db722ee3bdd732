package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * Hands out RTP sockets on even ports of a configured range (RFC 3550 §11: RTP on an even
 * port, RTCP on the next odd one), round-robin so that a just-freed port is not reused at
 * once, skipping ports something else holds.
 */
public final class RtpPorts {

	private final InetAddress bindAddress;

	private final int min;

	private final int max;

	private int next;

	public RtpPorts(InetAddress bindAddress, int min, int max) {
		this.bindAddress = bindAddress;
		this.min = (min % 2 == 0) ? min : min + 1;
		this.max = max;
		this.next = this.min;
	}

	/** Binds a socket on the next free even port; fails when the whole range is taken. */
	public synchronized DatagramSocket open() throws IOException {
		int span = (this.max - this.min) / 2 + 1;
		for (int i = 0; i < span; i++) {
			int port = this.next;
			this.next = (this.next + 2 > this.max) ? this.min : this.next + 2;
			try {
				DatagramSocket socket = new DatagramSocket(null);
				socket.setReuseAddress(false);
				try {
					socket.bind(new InetSocketAddress(this.bindAddress, port));
					return socket;
				}
				catch (SocketException ex) {
					socket.close();
				}
			}
			catch (SocketException ex) {
				throw new IOException("cannot create an RTP socket", ex);
			}
		}
		throw new IOException("no free RTP port in " + this.min + ".." + this.max);
	}

}
