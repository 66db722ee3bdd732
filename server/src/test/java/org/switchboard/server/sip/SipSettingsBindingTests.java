package org.switchboard.server.sip;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.SwitchboardProperties;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.auth.DigestAlgorithm;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code switchboard.sip.*} and {@code switchboard.rtp.*} become telephony's settings.
 */
class SipSettingsBindingTests {

	@Test
	void defaultsListenOnEveryInterfaceOn5060AndOfferMd5Only() throws Exception {
		SipSettings settings = settings(Map.of());

		assertThat(settings.bindHost()).isEqualTo("0.0.0.0");
		assertThat(settings.port()).isEqualTo(5060);
		if (settings.advertisedHost() != null) {
			assertThat(InetAddress.getByName(settings.advertisedHost()).isLoopbackAddress())
				.as("advertised to phones: %s", settings.advertisedHost())
				.isFalse();
		}
		assertThat(settings.realm()).isEqualTo("switchboard");
		assertThat(settings.digestAlgorithms()).containsExactly(DigestAlgorithm.MD5);
		assertThat(settings.rtpPortMin()).isEqualTo(20000);
		assertThat(settings.rtpPortMax()).isEqualTo(20999);
		assertThat(settings.banThreshold()).isEqualTo(5);
		assertThat(settings.banWindow()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.banDuration()).isEqualTo(Duration.ofMinutes(15));
		assertThat(settings.dataDir().normalize()).isEqualTo(Path.of("data"));
		assertThat(settings.rtpIoThreads()).isEqualTo(2);
		assertThat(settings.recordingSyncInterval()).isZero();
	}

	@Test
	void everySettingCanBeChanged() {
		Map<String, String> properties = new java.util.HashMap<>(Map.of("switchboard.sip.host", "127.0.0.1",
				"switchboard.sip.port", "5070", "switchboard.sip.advertised-host", "203.0.113.10",
				"switchboard.sip.digest-algorithms", "SHA-256,MD5", "switchboard.sip.ban.threshold", "3",
				"switchboard.sip.ban.window", "30s", "switchboard.sip.ban.duration", "1h", "switchboard.rtp.port-min",
				"30000", "switchboard.rtp.port-max", "30099", "switchboard.data-dir", "./elsewhere"));
		properties.put("switchboard.rtp.io-threads", "4");
		properties.put("switchboard.rtp.recording-sync-interval", "5s");
		SipSettings settings = settings(properties);

		assertThat(settings.bindHost()).isEqualTo("127.0.0.1");
		assertThat(settings.port()).isEqualTo(5070);
		assertThat(settings.publicHost()).isEqualTo("203.0.113.10");
		assertThat(settings.digestAlgorithms()).containsExactly(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
		assertThat(settings.banThreshold()).isEqualTo(3);
		assertThat(settings.banWindow()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.banDuration()).isEqualTo(Duration.ofHours(1));
		assertThat(settings.rtpPortMin()).isEqualTo(30000);
		assertThat(settings.rtpPortMax()).isEqualTo(30099);
		assertThat(settings.dataDir().normalize()).isEqualTo(Path.of("elsewhere"));
		assertThat(settings.rtpIoThreads()).isEqualTo(4);
		assertThat(settings.recordingSyncInterval()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void blankAdvertisedHostMeansTheBindAddressWhenBoundToOne() {
		assertThat(settings(Map.of("switchboard.sip.host", "127.0.0.1", "switchboard.sip.advertised-host", " "))
			.publicHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void wildcardBindAdvertisesAPrivateInterfaceAddressRatherThanLoopback() throws Exception {
		List<InetAddress> addresses = List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("fe80::1"),
				InetAddress.getByName("203.0.113.5"), InetAddress.getByName("192.168.1.20"));

		assertThat(AdvertisedAddress.best(addresses)).contains(InetAddress.getByName("192.168.1.20"));
		assertThat(AdvertisedAddress.best(addresses.subList(0, 3))).contains(InetAddress.getByName("203.0.113.5"));
		assertThat(AdvertisedAddress.best(addresses.subList(0, 2))).isEmpty();
	}

	@Test
	void unknownDigestAlgorithmIsRejectedNamingTheKnownOnes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> settings(Map.of("switchboard.sip.digest-algorithms", "SHA-512")))
			.withMessageContaining("SHA-512")
			.withMessageContaining("MD5");
	}

	private static SipSettings settings(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		return SipConfiguration.settings(bind(binder, "switchboard.sip", SipProperties.class),
				bind(binder, "switchboard.rtp", RtpProperties.class),
				bind(binder, "switchboard", SwitchboardProperties.class));
	}

	private static <T> T bind(Binder binder, String prefix, Class<T> type) {
		return binder.bindOrCreate(prefix, type);
	}

}
