package org.switchboard.server.sip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.FreePorts;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/** A logged-in agent goes not-ready with {@code *51} and ready with {@code *50}. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeatureCodeTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		int rtp = FreePorts.rtpRange(40);
		registry.add("switchboard.sip.enabled", () -> "true");
		registry.add("switchboard.sip.host", () -> "127.0.0.1");
		registry.add("switchboard.sip.port", FreePorts::sipPort);
		registry.add("switchboard.rtp.port-min", () -> rtp);
		registry.add("switchboard.rtp.port-max", () -> rtp + 39);
	}

	@Autowired
	SipServer sip;

	@Autowired
	ConfigImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	EngineHost engine;

	@Autowired
	MockMvc mvc;

	@Test
	void agentDialsStar51ForNotReadyAndStar50ForReady() throws Exception {
		this.importer.importYaml(
				new ClassPathResource("contactcenter/example-center.yaml").getContentAsString(StandardCharsets.UTF_8),
				"test");
		this.accounts.changeOwnPassword("1001", "Agent-Pass-1", "Agent-Pass-2-changed");
		this.mvc
			.perform(put("/api/agents/1001/state").with(user("1001"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\"}"))
			.andExpect(status().isOk());
		try (TestPhone phone = TestPhone.start("1001", "s3cret-1001", this.sip.port()).algorithm(DigestAlgorithm.MD5)) {
			assertThat(phone.register(600).getStatusCode()).isEqualTo(200);

			assertThat(phone.call("*51", true).awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
			assertThat(eventually(WAIT, () -> state() == AgentStateName.NOT_READY)).isTrue();

			assertThat(phone.call("*50", true).awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
			assertThat(eventually(WAIT, () -> state() == AgentStateName.READY)).isTrue();
		}
	}

	private AgentStateName state() {
		try {
			return this.engine.agent("1001").get(5, TimeUnit.SECONDS).orElseThrow().state();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
