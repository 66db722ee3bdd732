package org.switchboard.server.configfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.SwitchboardApplication;
import org.switchboard.server.account.AccountService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file named by {@code switchboard.config-import} is imported at start-up, or stops
 * it.
 */
class ConfigFileImportTests {

	@TempDir
	Path dir;

	/**
	 * Starts the application; arguments, unlike default properties, override
	 * application.properties.
	 */
	private ConfigurableApplicationContext start(Path file) {
		return new SpringApplicationBuilder(SwitchboardApplication.class).profiles("test")
			.run("--switchboard.config-import=" + file, "--switchboard.data-dir=" + this.dir, "--server.port=0");
	}

	@Test
	void importsTheFileAtStartUpAndAgainWithoutChangeOnRestart() throws IOException {
		Path file = Files.writeString(this.dir.resolve("center.yaml"), """
				departments:
				  - {code: support, name: 客服部}
				users:
				  - {jobNumber: "2001", name: Wang Wu, department: support, roles: [AGENT], password: Start-Pass-22}
				""");
		try (ConfigurableApplicationContext context = start(file)) {
			AccountService accounts = context.getBean(AccountService.class);
			assertThat(accounts.findUser("2001")).hasValueSatisfying((user) -> {
				assertThat(user.displayName()).isEqualTo("Wang Wu");
				assertThat(user.departmentCode()).isEqualTo("support");
			});
			ImportReport again = context.getBean(ConfigImporter.class).importYaml(Files.readString(file), "test");
			assertThat(again.changedAnything()).isFalse();
		}
	}

	@Test
	void rejectedFileStopsTheStartWithTheLineAtFault() throws IOException {
		Path file = Files.writeString(this.dir.resolve("bad.yaml"), """
				users:
				  - {jobNumber: "2002", name: Zhao Liu, roles: [AGENT]}
				  - {jobNumber: "2003", nmae: Typo, roles: [AGENT]}
				""");
		assertThatThrownBy(() -> start(file)).isInstanceOf(ConfigRejectedException.class).satisfies((cause) -> {
			List<ConfigProblem> problems = ((ConfigRejectedException) cause).problems();
			assertThat(problems).extracting(ConfigProblem::toString)
				.contains("line 3, users[1].nmae: unknown key 'nmae' (expected one of department, enabled, "
						+ "jobNumber, name, password, roles)", "line 3, users[1].name: is required");
			FailureAnalysis analysis = new ConfigRejectedFailureAnalyzer().analyze(cause);
			assertThat(analysis.getDescription()).contains("nothing of it was applied")
				.contains("line 3, users[1].nmae");
		});
	}

	@Test
	void unreadableFileIsReportedByName() {
		Path missing = this.dir.resolve("missing.yaml");
		assertThatThrownBy(() -> start(missing)).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("cannot read")
			.hasMessageContaining("missing.yaml");
	}

}
