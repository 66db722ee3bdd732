package org.switchboard.telephony.sdp;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.media.Codec;
import org.switchboard.telephony.media.MediaSession.LegFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SdpTest {

	static final String OFFER = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
			+ "m=audio 4000 RTP/AVP 8 0 96\r\nc=IN IP4 192.0.2.7\r\na=rtpmap:8 PCMA/8000\r\n"
			+ "a=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\na=sendrecv\r\n";

	@Test
	void answersWithTheFirstOfferedG711CodecAndTheOfferedEventType() {
		Sdp sdp = Sdp.parse(OFFER).orElseThrow();

		assertThat(sdp.choose()).contains(new LegFormat(Codec.PCMA, 96));
		assertThat(sdp.rtpAddress().getHostString()).isEqualTo("192.0.2.7");
		assertThat(sdp.rtpAddress().getPort()).isEqualTo(4000);
	}

	@Test
	void refusesOffersWithoutG711() {
		String offer = "v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 18\r\na=rtpmap:18 G729/8000\r\n";

		assertThat(Sdp.parse(offer).orElseThrow().choose()).isEmpty();
		assertThat(Sdp.parse("v=0\r\n")).isEmpty();
	}

	@Test
	void seesHoldInSendonlyOrZeroAddress() {
		assertThat(Sdp.parse(OFFER.replace("a=sendrecv", "a=sendonly")).orElseThrow().onHold()).isTrue();
		assertThat(Sdp.parse(OFFER).orElseThrow().onHold()).isFalse();
	}

	@Test
	void answersHoldWithTheMirroredDirection() {
		assertThat(Sdp.parse(OFFER.replace("a=sendrecv", "a=sendonly")).orElseThrow().answerDirection())
			.isEqualTo("recvonly");
		assertThat(Sdp.parse(OFFER.replace("a=sendrecv", "a=inactive")).orElseThrow().answerDirection())
			.isEqualTo("inactive");
		assertThat(Sdp.parse(OFFER).orElseThrow().answerDirection()).isEqualTo("sendrecv");
		assertThat(Sdp.write("192.0.2.1", 4000, 1, 1, List.of(Codec.PCMA), -1, "recvonly")).endsWith("a=recvonly\r\n");
	}

	@Test
	void writesAnOfferItCanReadBack() {
		String written = Sdp.write("198.51.100.5", 20002, 7, 2, List.of(Codec.PCMU), 101);

		Sdp back = Sdp.parse(written).orElseThrow();
		assertThat(back.choose()).contains(new LegFormat(Codec.PCMU, 101));
		assertThat(back.port()).isEqualTo(20002);
		assertThat(written).contains("a=fmtp:101 0-16\r\n").endsWith("a=sendrecv\r\n");
	}

}
