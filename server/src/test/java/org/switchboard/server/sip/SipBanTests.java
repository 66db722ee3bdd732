package org.switchboard.server.sip;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.server.audit.AuditEntry;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.audit.AuditQuery;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * A source that keeps failing digest authentication is banned, and the ban is in the
 * audit log with the source's address.
 */
@SpringBootTest
@ActiveProfiles("test")
class SipBanTests {

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		int rtp = FreePorts.rtpRange(20);
		registry.add("switchboard.sip.enabled", () -> "true");
		registry.add("switchboard.sip.host", () -> "127.0.0.1");
		registry.add("switchboard.sip.port", FreePorts::sipPort);
		registry.add("switchboard.sip.ban.threshold", () -> "3");
		registry.add("switchboard.rtp.port-min", () -> rtp);
		registry.add("switchboard.rtp.port-max", () -> rtp + 19);
	}

	@Autowired
	SipServer sip;

	@Autowired
	ConfigImporter importer;

	@Autowired
	AuditLog audit;

	@Test
	void sourceFailingAuthenticationThreeTimesIsBannedAndAudited() throws Exception {
		this.importer.importYaml(new ClassPathResource("contactcenter/example-center.yaml")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "test");
		try (TestPhone intruder = TestPhone.start("1001", "wrong-password", this.sip.port())
			.algorithm(DigestAlgorithm.MD5)) {
			assertThat(intruder.register(600).getStatusCode()).isEqualTo(403);
			intruder.register(600);
			intruder.register(600);
		}

		assertThat(eventually(Duration.ofSeconds(10), () -> !banned().isEmpty())).isTrue();
		assertThat(banned()).singleElement().satisfies((ban) -> {
			assertThat(ban.sourceAddress()).isEqualTo("127.0.0.1");
			assertThat(ban.actor()).isNull();
		});
	}

	private List<AuditEntry> banned() {
		return this.audit.find(new AuditQuery(null, "SIP_SOURCE_BANNED", null, null, null, 10));
	}

}
