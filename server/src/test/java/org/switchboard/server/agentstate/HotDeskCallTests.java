package org.switchboard.server.agentstate;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Permission;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.sip.SipServer;
import org.switchboard.server.support.LoopbackSip;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Hot-desking over real SIP: an agent who logs in at another desk's extension is rung
 * there, not at their own, and feature codes act for them from the phone they bound.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HotDeskCallTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) {
		LoopbackSip.enable(registry, LoopbackSip.temporaryDataDir("switchboard-hotdesk-test"));
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

	private LoopbackSip phones;

	@AfterEach
	void hangUp() {
		if (this.phones != null) {
			this.phones.close();
		}
	}

	@Test
	void agentLoggedInAtAnotherDeskIsRungThereAndItsFeatureCodesActForThem() throws Exception {
		this.importer.importYaml("""
				extensions:
				  - {number: "5001", password: "s3cret-5001"}
				  - {number: "5002", password: "s3cret-5002"}
				queues:
				  - {name: care, requiredSkills: {care: 1}, wrapUpSeconds: 0}
				agents:
				  - {jobNumber: "h5", name: "Hot Five", password: "Agent-Pass-1", extension: "5001", skills: {care: 1}}
				inboundRoutes:
				  - {number: "801", destination: "queue:care"}
				""", "test");
		this.engine.reload().join();
		this.accounts.changeOwnPassword("h5", "Agent-Pass-1", "Agent-Pass-2-ok");
		this.phones = new LoopbackSip(this.sip.port());
		TestPhone ownDesk = this.phones.deskPhone("5001", "s3cret-5001");
		TestPhone otherDesk = this.phones.deskPhone("5002", "s3cret-5002");

		this.mvc
			.perform(put("/api/agents/h5/state").with(user("h5"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\":\"READY\",\"extension\":\"5002\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/desk/phone").with(user("h5").authorities(Permission.AGENT_DESK)))
			.andExpect(jsonPath("$.extension").value("5002"))
			.andExpect(jsonPath("$.registered").value(true));

		TestCall call = this.phones.caller("13900000005").call("801", false);
		TestCall ringing = otherDesk.awaitIncoming(WAIT);
		assertThat(ringing).as("the phone at the extension bound at login rings").isNotNull();
		assertThat(ownDesk.awaitIncoming(Duration.ZERO)).as("the agent's configured desk stays quiet").isNull();
		ringing.answer();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> state() == AgentStateName.ON_CALL)).isTrue();
		call.hangUp();
		assertThat(ringing.awaitEvent("BYE", WAIT)).isTrue();
		assertThat(eventually(WAIT, () -> state() == AgentStateName.READY)).isTrue();

		assertThat(ownDesk.call("*51", true).awaitResponse(WAIT, false).getStatusCode())
			.as("the configured desk no longer speaks for the agent")
			.isNotEqualTo(200);
		assertThat(state()).isEqualTo(AgentStateName.READY);
		assertThat(otherDesk.call("*51", true).awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		assertThat(eventually(WAIT, () -> state() == AgentStateName.NOT_READY)).isTrue();
	}

	private AgentStateName state() {
		try {
			return this.engine.agent("h5").get(5, TimeUnit.SECONDS).orElseThrow().state();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
