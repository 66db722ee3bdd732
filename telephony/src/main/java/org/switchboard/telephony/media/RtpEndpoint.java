package org.switchboard.telephony.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTP socket of a call leg: a non-blocking channel read by one of the {@link RtpIo}
 * loops once {@link #start started}. Symmetric RTP (RFC 4961): the first packet from the
 * peer fixes where we send, so phones behind NAT are reached at the address they actually
 * send from rather than the one in their SDP. Closing deregisters the channel and closes
 * it exactly once, from any thread.
 */
public final class RtpEndpoint implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RtpEndpoint.class);

	private final DatagramChannel channel;

	private final int port;

	private final RtpIo.Loop loop;

	private final Runnable onClose;

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile InetSocketAddress remote;

	private volatile boolean latched;

	private volatile SelectionKey key;

	private PacketListener listener;

	RtpEndpoint(DatagramChannel channel, int port, RtpIo.Loop loop, Runnable onClose) {
		this.channel = channel;
		this.port = port;
		this.loop = loop;
		this.onClose = onClose;
	}

	public int localPort() {
		return this.port;
	}

	/** The loop serving this endpoint, so that the other leg of a call can share it. */
	RtpIo.Loop loop() {
		return this.loop;
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

	public boolean isOpen() {
		return !this.closed.get();
	}

	/**
	 * Starts reading (once); {@code listener} runs on this endpoint's I/O loop thread and
	 * must not block.
	 */
	public void start(PacketListener listener) {
		if (this.closed.get() || !this.started.compareAndSet(false, true)) {
			return;
		}
		this.listener = listener;
		this.loop.submit(this::register);
	}

	private void register() {
		if (this.closed.get()) {
			return;
		}
		try {
			this.key = this.channel.register(this.loop.selector(), SelectionKey.OP_READ, this);
		}
		catch (ClosedChannelException ex) {
			return;
		}
		if (this.closed.get()) {
			this.key.cancel();
		}
	}

	/** Reads up to {@code max} datagrams that are waiting; on the loop thread. */
	void readable(ByteBuffer buffer, byte[] array, int max) {
		for (int i = 0; i < max && !this.closed.get(); i++) {
			SocketAddress from;
			buffer.clear();
			try {
				from = this.channel.receive(buffer);
			}
			catch (IOException ex) {
				log.debug("RTP read on port {} failed: {}", this.port, ex.toString());
				return;
			}
			if (from == null) {
				return;
			}
			int length = buffer.position();
			if (!RtpPacket.isRtp(array, length)) {
				continue;
			}
			if (!this.latched) {
				this.remote = (InetSocketAddress) from;
				this.latched = true;
			}
			try {
				this.listener.onPacket(array, length);
			}
			catch (RuntimeException ex) {
				log.warn("RTP packet on port {} could not be handled", this.port, ex);
			}
		}
	}

	/**
	 * Sends {@code length} bytes of {@code buffer}. When called on an I/O loop with that
	 * loop's receive buffer (a relayed packet) nothing is allocated.
	 */
	public void send(byte[] buffer, int length) {
		InetSocketAddress to = this.remote;
		if (to == null || this.closed.get()) {
			return;
		}
		ByteBuffer out;
		if (Thread.currentThread() instanceof RtpIo.LoopThread thread && thread.array == buffer) {
			out = thread.sendView;
			out.limit(length).position(0);
		}
		else {
			out = ByteBuffer.wrap(buffer, 0, length);
		}
		try {
			this.channel.send(out, to);
		}
		catch (IOException ex) {
			log.debug("RTP send from port {} to {} failed: {}", this.port, to, ex.toString());
		}
	}

	/** Deregisters and closes the channel; only the first call does anything. */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		SelectionKey registered = this.key;
		if (registered != null) {
			registered.cancel();
		}
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			log.debug("Closing RTP port {} failed: {}", this.port, ex.toString());
		}
		// The selector releases the socket of a cancelled key on its next select.
		this.loop.wakeup();
		this.onClose.run();
	}

	/** Receives each RTP packet; the buffer is reused after the call returns. */
	@FunctionalInterface
	public interface PacketListener {

		void onPacket(byte[] buffer, int length);

	}

}
