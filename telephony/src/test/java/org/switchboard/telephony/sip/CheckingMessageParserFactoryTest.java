package org.switchboard.telephony.sip;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckingMessageParserFactoryTest {

	private static final String HEADERS = "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
			+ "Via: SIP/2.0/UDP 192.0.2.2;branch=z9hG4bK2\r\nTo: <sip:a@example.com>\r\n"
			+ "From: <sip:b@example.com>;tag=1\r\nCall-ID: x@y\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n";

	private static String refusal(String text) {
		return CheckingMessageParserFactory.refusal(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void acceptsAWellFormedRequestWithRepeatedListHeaders() {
		assertThat(refusal("OPTIONS sip:a@example.com SIP/2.0\r\n" + HEADERS + "Content-Length: 0\r\n\r\n")).isNull();
	}

	@Test
	void refusesAnotherSipVersionWith505() {
		assertThat(refusal("OPTIONS sip:a@example.com SIP/7.0\r\n" + HEADERS + "\r\n")).isEqualTo("505 SIP/7.0");
	}

	@Test
	void toleratesTrailingSpaceAfterTheVersion() {
		assertThat(refusal("OPTIONS sip:a@example.com SIP/2.0  \r\n" + HEADERS + "\r\n")).isNull();
	}

	@Test
	void seesALongAndACompactContentLengthAsTheSameHeaderTwice() {
		assertThat(refusal("OPTIONS sip:a@example.com SIP/2.0\r\n" + HEADERS + "Content-Length: 5\r\nl: 13\r\n\r\n"))
			.isEqualTo("400 content-length");
	}

	@Test
	void readsOnlyTheHeaderSectionNotTheBody() {
		String body = "Call-ID: looks like a header\r\n";
		assertThat(refusal("OPTIONS sip:a@example.com SIP/2.0\r\n" + HEADERS + "Content-Length: " + body.length()
				+ "\r\n\r\n" + body))
			.isNull();
	}

	@Test
	void ignoresFoldedContinuationLines() {
		assertThat(refusal("OPTIONS sip:a@example.com SIP/2.0\r\n" + HEADERS + "Subject: one\r\n Call-ID: two\r\n\r\n"))
			.isNull();
	}

}
