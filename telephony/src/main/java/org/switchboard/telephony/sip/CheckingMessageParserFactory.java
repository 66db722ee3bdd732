package org.switchboard.telephony.sip;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sip.InvalidArgumentException;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The stack's parser, plus the two checks it forgets: JAIN-SIP reads any request line as
 * SIP/2.0 and silently keeps one of two Call-IDs or Content-Lengths. Both facts are lost
 * once parsed, so they are read from the raw header section here and left on the request
 * as a marker ({@link #REFUSAL}) that {@link SipDispatcher} answers with 505 or 400 (RFC
 * 4475 §3.1.2.15, §3.3.8, §3.3.9). A request missing Call-ID, From, To or CSeq, which the
 * stack would drop unanswered, gets placeholders and the same marker (400, §3.3.1). Named
 * by class in the stack's properties, hence public with a no-argument constructor.
 */
public final class CheckingMessageParserFactory implements MessageParserFactory {

	/** Name of the marker line; never sent, since a B2BUA forwards no request headers. */
	static final String REFUSAL = "X-Switchboard-Refusal";

	/** What stands in for a missing From or To in the 400 that refuses the request. */
	private static final String PLACEHOLDER = "sip:missing@invalid";

	private static final HeaderFactoryImpl HEADERS = new HeaderFactoryImpl();

	private static final AddressFactoryImpl ADDRESSES = new AddressFactoryImpl();

	/**
	 * Headers a request carries at most once, long and compact names (RFC 3261 §7.3.3,
	 * §20).
	 */
	private static final Set<String> SINGLE_HEADERS = Set.of("call-id", "i", "cseq", "from", "f", "to", "t",
			"max-forwards", "content-length", "l", "content-type", "c");

	private static final String[] SAME_HEADER = { "call-id", "i", "from", "f", "to", "t", "content-length", "l",
			"content-type", "c" };

	@Override
	public MessageParser createMessageParser(SIPTransactionStack stack) {
		return new CheckingParser();
	}

	/**
	 * What is wrong with a request's raw text that the stack would not notice: "505 …"
	 * for another SIP version, "400 …" for a repeated single-valued header, or null.
	 */
	static String refusal(byte[] raw) {
		String head = headerSection(raw);
		String[] lines = head.split("\r?\n");
		if (lines.length == 0) {
			return null;
		}
		String requestLine = lines[0].trim();
		int space = requestLine.lastIndexOf(' ');
		String version = (space < 0) ? requestLine : requestLine.substring(space + 1);
		if (!version.equalsIgnoreCase("SIP/2.0")) {
			return "505 " + version;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = canonical(line.substring(0, colon).trim().toLowerCase(Locale.ROOT));
			if (SINGLE_HEADERS.contains(name) && !seen.add(name)) {
				return "400 " + name;
			}
		}
		return null;
	}

	private static String canonical(String name) {
		for (int i = 1; i < SAME_HEADER.length; i += 2) {
			if (SAME_HEADER[i].equals(name)) {
				return SAME_HEADER[i - 1];
			}
		}
		return name;
	}

	private static String headerSection(byte[] raw) {
		int end = raw.length;
		for (int i = 0; i + 1 < raw.length; i++) {
			if (raw[i] == '\n'
					&& (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
				end = i;
				break;
			}
		}
		return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
	}

	/**
	 * The stack drops a request without Call-ID, From, To or CSeq unanswered (RFC 4475
	 * §3.3.1 asks for 400). When the request has a Via, so that a response can reach its
	 * sender, the missing headers are filled with placeholders that mark the request for
	 * refusal; returns the names filled, or null when nothing was missing.
	 */
	static String supplyMissing(SIPRequest request) {
		if (request.getTopmostVia() == null || request.getRequestLine() == null) {
			return null;
		}
		List<String> missing = new ArrayList<>();
		try {
			if (request.getCallId() == null) {
				missing.add("Call-ID");
				String branch = request.getTopmostVia().getBranch();
				request.setHeader(HEADERS.createCallIdHeader("missing-" + ((branch != null) ? branch : "call-id")));
			}
			if (request.getFrom() == null) {
				missing.add("From");
				request.setHeader(HEADERS.createFromHeader(ADDRESSES.createAddress(PLACEHOLDER), "missing"));
			}
			if (request.getTo() == null) {
				missing.add("To");
				request.setHeader(HEADERS.createToHeader(ADDRESSES.createAddress(PLACEHOLDER), null));
			}
			if (request.getCSeq() == null) {
				missing.add("CSeq");
				request.setHeader(HEADERS.createCSeqHeader(1L, request.getMethod()));
			}
		}
		catch (ParseException | InvalidArgumentException ex) {
			return null;
		}
		return missing.isEmpty() ? null : String.join(", ", missing);
	}

	private static final class CheckingParser extends StringMsgParser {

		@Override
		public SIPMessage parseSIPMessage(byte[] raw, boolean readBody, boolean strict, ParseExceptionListener listener)
				throws ParseException {
			SIPMessage message = super.parseSIPMessage(raw, readBody, strict, listener);
			if (message instanceof SIPRequest request && raw != null) {
				String refusal = refusal(raw);
				String missing = supplyMissing(request);
				if (refusal == null && missing != null) {
					refusal = "400 Missing " + missing;
				}
				if (refusal != null) {
					message.addUnparsed(REFUSAL + ": " + refusal);
				}
			}
			return message;
		}

	}

}
