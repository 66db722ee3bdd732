package org.switchboard.server.sip;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address phones are told to send SIP and RTP to when SIP listens on every interface
 * and no {@code switchboard.sip.advertised-host} is set. The host name often resolves to
 * a loopback address (Debian's {@code 127.0.1.1}), which a phone on the LAN cannot reach,
 * so an interface's own IPv4 address is taken instead: a private (site-local) one first.
 */
final class AdvertisedAddress {

	private static final Logger log = LoggerFactory.getLogger(AdvertisedAddress.class);

	private AdvertisedAddress() {
	}

	/** The advertised host to use, or {@code null} to let telephony decide. */
	static String choose(String bindHost, String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		if (!isWildcard(bindHost)) {
			return null;
		}
		Optional<InetAddress> chosen = best(interfaceAddresses());
		chosen.ifPresentOrElse(
				(address) -> log.info("SIP listens on every interface; advertising {} to phones (set "
						+ "switchboard.sip.advertised-host to change it)", address.getHostAddress()),
				() -> log.warn("SIP listens on every interface but no interface has a usable IPv4 address; set "
						+ "switchboard.sip.advertised-host so phones can reach the media"));
		return chosen.map(InetAddress::getHostAddress).orElse(null);
	}

	/** Non-loopback, non-link-local IPv4 addresses, private ones first. */
	static Optional<InetAddress> best(List<InetAddress> candidates) {
		return candidates.stream()
			.filter((address) -> address instanceof Inet4Address)
			.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()
					&& !address.isAnyLocalAddress())
			.min(Comparator.comparing((InetAddress address) -> !address.isSiteLocalAddress()));
	}

	private static boolean isWildcard(String host) {
		try {
			return InetAddress.getByName(host).isAnyLocalAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static List<InetAddress> interfaceAddresses() {
		List<InetAddress> addresses = new ArrayList<>();
		try {
			for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
				if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual()) {
					nic.inetAddresses().forEach(addresses::add);
				}
			}
		}
		catch (SocketException ex) {
			log.warn("Cannot list network interfaces: {}", ex.getMessage());
		}
		return addresses;
	}

}
