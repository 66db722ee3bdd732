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

}
