package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out RTP channels on even ports of a configured range (RFC 3550 §11: RTP on an
 * even port, RTCP on the next odd one), round-robin so that a just-freed port is not
 * reused at once, skipping ports something else holds; counts the endpoints open.
 */
public final class RtpPorts {

	private final InetAddress bindAddress;

	private final int min;

	private final int max;

	private final AtomicInteger open = new AtomicInteger();

	private int next;

	public RtpPorts(InetAddress bindAddress, int min, int max) {
		this.bindAddress = bindAddress;
		this.min = (min % 2 == 0) ? min : min + 1;
		this.max = max;
		this.next = this.min;
	}

	/**
	 * Binds a non-blocking channel on the next free even port; fails when the whole range
	 * is taken.
	 */
	public synchronized DatagramChannel open() throws IOException {
		int span = (this.max - this.min) / 2 + 1;
		for (int i = 0; i < span; i++) {
			int port = this.next;
			this.next = (this.next + 2 > this.max) ? this.min : this.next + 2;
			DatagramChannel channel = DatagramChannel.open();
			try {
				channel.setOption(StandardSocketOptions.SO_REUSEADDR, false);
				channel.configureBlocking(false);
				channel.bind(new InetSocketAddress(this.bindAddress, port));
				return channel;
			}
			catch (BindException ex) {
				channel.close();
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw new IOException("cannot create an RTP socket on port " + port, ex);
			}
		}
		throw new IOException("no free RTP port in " + this.min + ".." + this.max);
	}

	/**
	 * An endpoint on the next free even port, served by {@code loop} (null: the next loop
	 * of {@code io}).
	 */
	public RtpEndpoint endpoint(RtpIo io, RtpEndpoint near) throws IOException {
		DatagramChannel channel = open();
		int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
		RtpIo.Loop loop = (near != null) ? near.loop() : io.nextLoop();
		this.open.incrementAndGet();
		return new RtpEndpoint(channel, port, loop, this.open::decrementAndGet);
	}

	/** Endpoints handed out and not yet closed. */
	public int openEndpoints() {
		return this.open.get();
	}

}
