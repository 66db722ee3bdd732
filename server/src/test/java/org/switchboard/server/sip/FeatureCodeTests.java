package org.switchboard.server.sip;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.support.LoopbackSip;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/** A logged-in agent goes not-ready with {@code *51} and ready with {@code *50}. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeatureCodeTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		LoopbackSip.enable(registry, 40);
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
		LoopbackSip.importExampleCenter(this.importer, this.accounts);
		LoopbackSip.ready(this.mvc, "1001");
		try (LoopbackSip phones = new LoopbackSip(this.sip.port())) {
			TestPhone phone = phones.phone("1001", "s3cret-1001");
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
