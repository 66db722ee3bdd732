package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.server.account.Permission;
import org.switchboard.server.configfile.ConfigExporter;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigProblem;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code extension:NUMBER} destinations: an inbound route and an IVR transfer node may
 * send the caller to a configured extension (the engine hands the caller to telephony
 * with {@link Action.TransferExtension}); one that is not configured is refused at its
 * field, in the user's language on the admin page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ SteppedClockConfiguration.class, RecordingActionSink.Config.class })
class ExtensionDestinationTests {

	@Autowired
	ConfigImporter importer;

	@Autowired
	ConfigExporter exporter;

	@Autowired
	EngineHost engine;

	@Autowired
	RecordingActionSink sink;

	@Autowired
	TelephonyDirectory directory;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void routeAndIvrTransferToConfiguredExtensionsHandTheCallerToTelephony() throws Exception {
		this.importer.importYaml("""
				extensions:
				  - {number: "7401", password: "Secret-7401", displayName: "Reception"}
				  - {number: "7402", password: "Secret-7402"}
				ivrs:
				  - name: ext-menu
				    start: menu
				    nodes:
				      menu: {type: menu, prompt: welcome, options: {"9": reception}, timeoutSeconds: 5}
				      reception: {type: transfer, target: "extension:7401"}
				inboundRoutes:
				  - {number: "8805", destination: "extension:7402"}
				  - {number: "8806", destination: "ivr:ext-menu"}
				""", "test");
		assertThat(this.directory.entryFor("8805")).contains("extension:7402");
		assertThat(this.exporter.exportYaml()).contains("destination: extension:7402", "target: extension:7401");

		this.engine.submit(new Input.ContactArrives("ext-route-1", "13800000005", "8805", null, Map.of()));
		this.engine.submit(new Input.ContactArrives("ext-ivr-1", "13800000006", "8806", null, Map.of()));
		settle();
		this.engine.submit(new Input.DigitsCollected("ext-ivr-1", "9"));
		settle();

		assertThat(this.sink.of(Action.TransferExtension.class)).contains(
				new Action.TransferExtension("ext-route-1", "7402"), new Action.TransferExtension("ext-ivr-1", "7401"));
		assertThat(this.sink.of(Action.TransferExternal.class))
			.noneMatch((transfer) -> transfer.contactId().startsWith("ext-"));
		assertThat(this.engine.query((engine) -> engine.activeContacts()).get(5, TimeUnit.SECONDS))
			.as("both contacts ended in the engine")
			.isZero();
	}

	@Test
	void routeToAnExtensionThatIsNotConfiguredIsRefusedAtThatField() {
		List<ConfigProblem> problems = rejected("""
				inboundRoutes:
				  - {number: "8807", destination: "hangup", closedDestination: "extension:7499"}
				""");
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.path()).isEqualTo("inboundRoutes[0].closedDestination");
			assertThat(problem.message())
				.isEqualTo("extension '7499' is not configured; add it under extensions first");
		});
		assertThat(this.directory.entryFor("8807")).isEmpty();
	}

	@Test
	void ivrTransferToAnExtensionThatIsNotConfiguredIsRefusedAtItsNode() {
		List<ConfigProblem> problems = rejected("""
				ivrs:
				  - name: ext-lost
				    start: go
				    nodes:
				      go: {type: transfer, target: "extension:7498"}
				""");
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).contains("extension '7498' is not configured");
		});
	}

	@Test
	void adminPageShowsTheUnknownExtensionAtTheDestinationFieldInChinese() throws Exception {
		this.mvc
			.perform(post("/admin/center/routes").with(user("cfgadmin").authorities(Permission.CONFIGURE))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("action", "save")
				.param("number", "8808")
				.param("destination", "extension:7497"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-destination\""), containsString("7497"),
					containsString("未配置"), containsString("value=\"extension:7497\""))));
		assertThat(this.directory.entryFor("8808")).isEmpty();
	}

	private List<ConfigProblem> rejected(String yaml) {
		ConfigRejectedException ex = catchThrowableOfType(ConfigRejectedException.class,
				() -> this.importer.importYaml(yaml, "test"));
		assertThat(ex).as("the file should be rejected").isNotNull();
		return ex.problems();
	}

	private void settle() throws Exception {
		this.engine.query((engine) -> engine.activeContacts()).get(5, TimeUnit.SECONDS);
	}

}
