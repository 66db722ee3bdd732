package org.switchboard.server.ivrdata;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.customers.CustomerForm;
import org.switchboard.server.customers.CustomerRepository;
import org.switchboard.server.engine.ActionSink;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IVR {@code lookup} node asks the customer source with the caller's number; the
 * engine goes on along {@code onFound} with the customer's fields as variables, or along
 * {@code onNotFound}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ SteppedClockConfiguration.class, IvrLookupThroughEngineTests.Config.class })
class IvrLookupThroughEngineTests {

	private static final String CENTER = """
			queues:
			  - {name: lookup-general, strategy: longest-idle}
			ivrs:
			  - name: lookup-main
			    start: who
			    nodes:
			      who: {type: lookup, source: customer, parameters: {number: "${caller}"}, onFound: known, onNotFound: stranger}
			      known: {type: play, prompt: "hello-${company}", next: queue}
			      stranger: {type: play, prompt: welcome, next: queue}
			      queue: {type: queue, queue: lookup-general}
			inboundRoutes:
			  - {number: "801", destination: "ivr:lookup-main"}
			""";

	@Autowired
	ConfigImporter importer;

	@Autowired
	CustomerRepository customers;

	@Autowired
	EngineHost engine;

	@Autowired
	Prompts prompts;

	@Test
	void aKnownCallerHearsThePromptNamedAfterTheirCompanyAndAStrangerTheWelcome() throws Exception {
		this.importer.importYaml(CENTER, "test");
		this.customers.create(new CustomerForm("Li Lei", "ACME", "+86 138 0000 0042", "vip", "", "admin"), "admin");

		this.engine.submit(new Input.ContactArrives("lookup-known", "13800000042", "801", null, Map.of()));
		this.engine.submit(new Input.ContactArrives("lookup-stranger", "13900000000", "801", null, Map.of()));

		assertThat(this.prompts.await("lookup-known")).isEqualTo("hello-ACME");
		assertThat(this.prompts.await("lookup-stranger")).isEqualTo("welcome");
	}

	/** The prompts the engine asks telephony to play, per contact. */
	static final class Prompts implements ActionSink {

		private final List<Action.PlayPrompt> played = new CopyOnWriteArrayList<>();

		@Override
		public void execute(List<Action> actions) {
			actions.stream()
				.filter(Action.PlayPrompt.class::isInstance)
				.map(Action.PlayPrompt.class::cast)
				.forEach(this.played::add);
		}

		String await(String contactId) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline) {
				for (Action.PlayPrompt play : this.played) {
					if (play.contactId().equals(contactId)) {
						return play.prompt();
					}
				}
				Thread.sleep(20);
			}
			return null;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Prompts prompts() {
			return new Prompts();
		}

	}

}
