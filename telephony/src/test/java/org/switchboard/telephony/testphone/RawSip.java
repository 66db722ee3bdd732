package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends raw bytes to a SIP port and reads what comes back, for hostile-input tests. */
public final class RawSip implements AutoCloseable {

	private final DatagramSocket socket;

	private final int serverPort;

	public RawSip(int serverPort) throws IOException {
		this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		this.serverPort = serverPort;
	}

	public int localPort() {
		return this.socket.getLocalPort();
	}

	/** Sends one datagram; returns the first response's text or null on timeout. */
	public String udp(byte[] message, Duration wait) throws IOException {
		this.socket
			.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), this.serverPort));
		return receive(wait);
	}

	/**
	 * Sends one datagram and returns the first response carrying the message's Call-ID,
	 * or null when none comes within {@code wait}; unrelated datagrams are skipped.
	 */
	public String exchange(byte[] message, Duration wait) throws IOException {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^(?:Call-ID|i)[ \\t]*:[ \\t]*(\\S+)")
			.matcher(new String(message, StandardCharsets.ISO_8859_1));
		String callId = m.find() ? m.group(1) : null;
		this.socket
			.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), this.serverPort));
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			String response = receive(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
			if (response != null && (callId == null || response.contains(callId))) {
				return response;
			}
		}
		return null;
	}

	public String receive(Duration wait) throws IOException {
		byte[] buffer = new byte[65536];
		DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
		this.socket.setSoTimeout((int) wait.toMillis());
		try {
			this.socket.receive(packet);
			return new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
		}
		catch (SocketTimeoutException ex) {
			return null;
		}
	}

	/**
	 * Sends the bytes over a fresh TCP connection and returns what arrives before the
	 * timeout.
	 */
	public String tcp(byte[] message, Duration wait) throws IOException {
		try (Socket tcp = new Socket(InetAddress.getLoopbackAddress(), this.serverPort)) {
			tcp.setSoTimeout((int) wait.toMillis());
			OutputStream out = tcp.getOutputStream();
			out.write(message);
			out.flush();
			InputStream in = tcp.getInputStream();
			byte[] buffer = new byte[65536];
			try {
				int n = in.read(buffer);
				return (n > 0) ? new String(buffer, 0, n, StandardCharsets.UTF_8) : null;
			}
			catch (SocketTimeoutException ex) {
				return null;
			}
		}
	}

	/** An OPTIONS request from this socket; the server must answer 200. */
	public byte[] options(String branch) {
		String text = "OPTIONS sip:127.0.0.1:" + this.serverPort + " SIP/2.0\r\n" + "Via: SIP/2.0/UDP 127.0.0.1:"
				+ localPort() + ";branch=z9hG4bK" + branch + "\r\n" + "Max-Forwards: 70\r\n"
				+ "From: <sip:probe@127.0.0.1>;tag=" + branch + "\r\n" + "To: <sip:127.0.0.1>\r\n" + "Call-ID: "
				+ branch + "@probe\r\n" + "CSeq: 1 OPTIONS\r\n" + "Content-Length: 0\r\n\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	public static int status(String response) {
		if (response == null || !response.startsWith("SIP/2.0 ")) {
			return -1;
		}
		return Integer.parseInt(response.substring(8, 11));
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
