package org.switchboard.telephony.sdp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.switchboard.telephony.media.Codec;
import org.switchboard.telephony.media.MediaSession.LegFormat;

/**
 * The part of an SDP body (RFC 4566) that audio calls need: the connection address, the
 * first audio stream's port and payload types, their rtpmap names and the direction.
 * Offer/answer follows RFC 3264: the answer picks the first offered codec it supports.
 *
 * @param address the connection address (media-level c= wins over session-level)
 * @param port the audio port; 0 means the stream was refused
 * @param payloadTypes the offered payload types in preference order
 * @param names payload type to lower-case encoding name (from rtpmap, or static ones)
 * @param direction sendrecv, sendonly, recvonly or inactive
 */
public record Sdp(String address, int port, List<Integer> payloadTypes, Map<Integer, String> names, String direction) {

	public static final String TELEPHONE_EVENT = "telephone-event";

	/** Parses an SDP body; empty when it has no usable audio stream. */
	public static Optional<Sdp> parse(String body) {
		if (body == null) {
			return Optional.empty();
		}
		String sessionAddress = null;
		String mediaAddress = null;
		int port = -1;
		List<Integer> types = new ArrayList<>();
		Map<Integer, String> names = new HashMap<>();
		String direction = "sendrecv";
		boolean inAudio = false;
		boolean audioSeen = false;
		for (String raw : body.split("\r?\n")) {
			String line = raw.trim();
			if (line.length() < 2 || line.charAt(1) != '=') {
				continue;
			}
			String value = line.substring(2);
			switch (line.charAt(0)) {
				case 'm' -> {
					inAudio = !audioSeen && value.startsWith("audio ");
					if (inAudio) {
						audioSeen = true;
						String[] parts = value.split("\\s+");
						port = parseInt(parts[1].split("/")[0]);
						for (int i = 3; i < parts.length; i++) {
							int pt = parseInt(parts[i]);
							if (pt >= 0) {
								types.add(pt);
							}
						}
					}
				}
				case 'c' -> {
					String[] parts = value.split("\\s+");
					String address = (parts.length >= 3) ? parts[2].split("/")[0] : null;
					if (!audioSeen) {
						sessionAddress = address;
					}
					else if (inAudio) {
						mediaAddress = address;
					}
				}
				case 'a' -> {
					if (!audioSeen || inAudio) {
						direction = attribute(value, names, direction);
					}
				}
				default -> {
				}
			}
		}
		String address = (mediaAddress != null) ? mediaAddress : sessionAddress;
		if (!audioSeen || port < 0 || address == null) {
			return Optional.empty();
		}
		for (int pt : types) {
			Codec.byPayloadType(pt).ifPresent((c) -> names.putIfAbsent(pt, c.encodingName().toLowerCase(Locale.ROOT)));
		}
		return Optional.of(new Sdp(address, port, List.copyOf(types), Map.copyOf(names), direction));
	}

	private static String attribute(String value, Map<Integer, String> names, String direction) {
		if (value.startsWith("rtpmap:")) {
			String[] parts = value.substring(7).split("\\s+", 2);
			int pt = parseInt(parts[0]);
			if (pt >= 0 && parts.length == 2) {
				names.put(pt, parts[1].split("/")[0].toLowerCase(Locale.ROOT));
			}
			return direction;
		}
		return switch (value) {
			case "sendrecv", "sendonly", "recvonly", "inactive" -> value;
			default -> direction;
		};
	}

	private static int parseInt(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Where to send RTP. */
	public InetSocketAddress rtpAddress() {
		return new InetSocketAddress(this.address, this.port);
	}

	/**
	 * The format to answer with: the first offered G.711 codec and the offered
	 * telephone-event type; empty when no G.711 codec was offered.
	 */
	public Optional<LegFormat> choose() {
		for (int pt : this.payloadTypes) {
			Optional<Codec> codec = Codec.byName(this.names.getOrDefault(pt, ""));
			if (codec.isPresent()) {
				return Optional.of(new LegFormat(codec.get(), telephoneEvent()));
			}
		}
		return Optional.empty();
	}

	/** The offered telephone-event payload type, or -1. */
	public int telephoneEvent() {
		for (int pt : this.payloadTypes) {
			if (TELEPHONE_EVENT.equals(this.names.get(pt))) {
				return pt;
			}
		}
		return -1;
	}

	/** Whether the peer put us on hold (RFC 3264 §8.4). */
	public boolean onHold() {
		return "sendonly".equals(this.direction) || "inactive".equals(this.direction) || "0.0.0.0".equals(this.address);
	}

	/**
	 * The direction to answer this offer with (RFC 3264 §6.1): sendonly is answered
	 * recvonly, recvonly sendonly, inactive inactive, otherwise sendrecv.
	 */
	public String answerDirection() {
		return switch (this.direction) {
			case "sendonly" -> "recvonly";
			case "recvonly" -> "sendonly";
			case "inactive" -> "inactive";
			default -> "sendrecv";
		};
	}

	/**
	 * Writes an audio SDP offering or answering {@code codecs} (and telephone-event 0–16
	 * when {@code telephoneEvent} ≥ 0), sendrecv.
	 */
	public static String write(String host, int port, long sessionId, long version, List<Codec> codecs,
			int telephoneEvent) {
		return write(host, port, sessionId, version, codecs, telephoneEvent, "sendrecv");
	}

	/**
	 * As {@link #write(String, int, long, long, List, int)} with a direction attribute.
	 */
	public static String write(String host, int port, long sessionId, long version, List<Codec> codecs,
			int telephoneEvent, String direction) {
		StringBuilder types = new StringBuilder();
		StringBuilder maps = new StringBuilder();
		for (Codec codec : codecs) {
			types.append(' ').append(codec.payloadType());
			maps.append("a=rtpmap:")
				.append(codec.payloadType())
				.append(' ')
				.append(codec.encodingName())
				.append("/8000\r\n");
		}
		if (telephoneEvent >= 0) {
			types.append(' ').append(telephoneEvent);
			maps.append("a=rtpmap:").append(telephoneEvent).append(" telephone-event/8000\r\n");
			maps.append("a=fmtp:").append(telephoneEvent).append(" 0-16\r\n");
		}
		String ip = host.contains(":") ? "IP6" : "IP4";
		return "v=0\r\n" + "o=switchboard " + sessionId + " " + version + " IN " + ip + " " + host + "\r\n"
				+ "s=switchboard\r\n" + "c=IN " + ip + " " + host + "\r\n" + "t=0 0\r\n" + "m=audio " + port
				+ " RTP/AVP" + types + "\r\n" + maps + "a=ptime:20\r\n" + "a=" + direction + "\r\n";
	}

}
