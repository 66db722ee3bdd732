package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds loopback ports free for both UDP and TCP (JAIN-SIP refuses port 0). */
public final class FreePorts {

	private FreePorts() {
	}

	public static int sipPort() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
				int port = udp.getLocalPort();
				try (ServerSocket tcp = new ServerSocket()) {
					tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
					return port;
				}
				catch (IOException ex) {
					// taken for TCP: try another
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("no free SIP port on loopback");
	}

	/** The start of a free even range of {@code size} UDP ports, best effort. */
	public static int rtpRange(int size) {
		for (int attempt = 0; attempt < 50; attempt++) {
			int start = 20000 + 2 * (int) (Math.random() * 10000);
			if (start + size < 65000) {
				return start;
			}
		}
		return 30000;
	}

	/**
	 * Two SIP ports at least 2 apart with port+1 free too (baresip also listens there).
	 */
	public static int[] baresipSipPorts() {
		int[] ports = new int[2];
		int found = 0;
		for (int port = 43000 + 2 * (int) (Math.random() * 1000); found < 2 && port < 46000; port += 4) {
			if (free(port) && free(port + 1)) {
				ports[found++] = port;
			}
		}
		return ports;
	}

	private static boolean free(int port) {
		try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress());
				ServerSocket tcp = new ServerSocket()) {
			tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return udp.getLocalPort() == port;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** A free loopback TCP port. */
	public static int tcp() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** A free loopback UDP port. */
	public static int udp() throws IOException {
		try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
