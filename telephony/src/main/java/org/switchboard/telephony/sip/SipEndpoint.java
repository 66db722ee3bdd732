package org.switchboard.telephony.sip;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ConcurrentModificationException;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * One JAIN-SIP stack listening on UDP and TCP at the same address and port, with its
 * factories. Used by the server and, in tests, by the test phones.
 */
public final class SipEndpoint implements AutoCloseable {

	private static final int STOP_ATTEMPTS = 3;

	/** Receive buffer asked for the SIP UDP socket (4 MiB; the kernel caps it). */
	private static final int UDP_RECEIVE_BUFFER = 4 * 1024 * 1024;

	private static final AtomicInteger instances = new AtomicInteger();

	private final SipStack stack;

	private final SipProvider provider;

	private final AddressFactory addresses;

	private final HeaderFactory headers;

	private final MessageFactory messages;

	private final String host;

	private final int port;

	private SipEndpoint(SipStack stack, SipProvider provider, SipFactory factory, String host, int port)
			throws SipException {
		this.stack = stack;
		this.provider = provider;
		try {
			this.addresses = factory.createAddressFactory();
			this.headers = factory.createHeaderFactory();
			this.messages = factory.createMessageFactory();
		}
		catch (javax.sip.PeerUnavailableException ex) {
			throw new SipException("JAIN-SIP factories unavailable", ex);
		}
		this.host = host;
		this.port = port;
	}

	/**
	 * Starts a stack on {@code host:port} (UDP and TCP) delivering to {@code listener}.
	 * Port 0 is refused by JAIN-SIP: pick a free port first.
	 */
	public static SipEndpoint start(String name, String host, int port, SipListener listener) throws SipException {
		ensureFree(host, port);
		SipFactory factory = SipFactory.getInstance();
		factory.setPathName("gov.nist");
		Properties properties = new Properties();
		properties.setProperty("javax.sip.STACK_NAME", name + "-" + instances.incrementAndGet());
		properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
		properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
		properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
		properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
		properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
		// A burst of datagrams while the reader thread is paused (GC) must wait in the
		// socket,
		// not be dropped: the kernel grants up to net.core.rmem_max of this.
		properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", String.valueOf(UDP_RECEIVE_BUFFER));
		properties.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "false");
		properties.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
		properties.setProperty("gov.nist.javax.sip.PASS_INVITE_NON_2XX_ACK_TO_LISTENER", "false");
		properties.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY",
				CheckingMessageParserFactory.class.getName());
		SipStack stack = factory.createSipStack(properties);
		try {
			ListeningPoint udp = stack.createListeningPoint(host, port, ListeningPoint.UDP);
			ListeningPoint tcp = stack.createListeningPoint(host, port, ListeningPoint.TCP);
			SipProvider provider = stack.createSipProvider(udp);
			provider.addListeningPoint(tcp);
			provider.addSipListener(listener);
			stack.start();
			return new SipEndpoint(stack, provider, factory, host, port);
		}
		catch (javax.sip.InvalidArgumentException | TooManyListenersException | javax.sip.ObjectInUseException ex) {
			stack.stop();
			throw new SipException("cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
		}
		catch (SipException ex) {
			stack.stop();
			throw ex;
		}
	}

	/**
	 * Fails before a stack exists when the port is taken: a stack that never starts keeps
	 * its event thread alive even after {@code stop()}, which can keep a failed process
	 * from exiting.
	 */
	private static void ensureFree(String host, int port) throws SipException {
		InetSocketAddress address = new InetSocketAddress(host, port);
		try (DatagramSocket udp = new DatagramSocket(null); ServerSocket tcp = new ServerSocket()) {
			udp.bind(address);
			tcp.setReuseAddress(true);
			tcp.bind(address);
		}
		catch (IOException ex) {
			throw new SipException("cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
		}
	}

	public SipProvider provider() {
		return this.provider;
	}

	public AddressFactory addresses() {
		return this.addresses;
	}

	public HeaderFactory headers() {
		return this.headers;
	}

	public MessageFactory messages() {
		return this.messages;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		for (int attempt = 1;; attempt++) {
			try {
				this.stack.stop();
				return;
			}
			catch (ConcurrentModificationException ex) {
				// JAIN-SIP's UDP processor walks its channel list while a channel
				// thread may still be adding itself (seen when stopping right after
				// a start); the list is settled on the next try.
				if (attempt == STOP_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
