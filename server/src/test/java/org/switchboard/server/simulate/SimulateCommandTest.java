package org.switchboard.server.simulate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return SimulateCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path scenario(String yaml) throws IOException {
		return Files.writeString(this.dir.resolve("scenario.yaml"), yaml);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static final String SMALL = """
			seed: 7
			duration: PT50H
			warmup: PT1H
			serviceLevelSeconds: 20
			shortAbandonSeconds: 5
			queues:
			  - name: general
			    strategy: longest-idle
			    requiredSkills: {general: 1}
			agents:
			  - count: 14
			    skills: {general: 5}
			    wrapUpSeconds: 0
			arrivals:
			  - queue: general
			    callsPerHour: 200
			    handleTime: {distribution: exponential, meanSeconds: 180}
			    patience: {distribution: exponential, meanSeconds: 120}
			""";

	@Test
	void printsTheSimulationAsJson() throws IOException {
		int status = run("simulate", scenario(SMALL).toString());
		assertThat(status).as(err()).isEqualTo(SimulateCommand.OK);
		assertThat(out()).startsWith("{").contains("\"queues\": {").contains("\"general\": {");
		assertThat(out()).contains("\"serviceLevelFormula\": \"answered-within-threshold / offered\"");
		assertThat(out()).containsPattern("\"simulatedCalls\": [0-9]{4,}");
		assertThat(out()).containsPattern("\"abandoned\": [1-9]");
		assertThat(err()).contains("simulated").contains("calls/s");
	}

	@Test
	void sameScenarioPrintsTheSameJson() throws IOException {
		Path file = scenario(SMALL);
		run("simulate", file.toString());
		String first = out();
		this.out.reset();
		run("simulate", file.toString());
		assertThat(out()).isEqualTo(first);
	}

	@Test
	void reportsTheBadValueWithItsPathAndStatusTwo() throws IOException {
		int status = run("simulate", scenario(
				SMALL.replace("distribution: exponential, meanSeconds: 180", "distribution: expo, meanSeconds: 180"))
			.toString());
		assertThat(status).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("arrivals[0].handleTime.distribution: unknown value 'expo'");
		assertThat(out()).isEmpty();
	}

	@Test
	void rejectsUnknownKeys() throws IOException {
		int status = run("simulate", scenario(SMALL.replace("warmup: PT1H", "warmup: PT1H\nwarmpu: PT2H")).toString());
		assertThat(status).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("warmpu: unknown key");
	}

	@Test
	void readsUnquotedClockTimesAsTimesNotBaseSixtyNumbers() throws IOException {
		String yaml = SMALL.replace("    wrapUpSeconds: 0",
				"    wrapUpSeconds: 0\n    shifts: [{start: 08:00, end: 17:00}]");
		int status = run("simulate", scenario(yaml).toString());
		assertThat(status).as(err()).isEqualTo(SimulateCommand.OK);
	}

	@Test
	void explainsUsageMissingFilesAndBrokenYaml() throws IOException {
		assertThat(run("simulate")).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("usage: java -jar switchboard.jar simulate SCENARIO.yaml");
		assertThat(run("simulate", this.dir.resolve("missing.yaml").toString())).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("missing.yaml: no such file");
		assertThat(run("simulate", scenario("queues: [unclosed").toString())).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("not valid YAML");
		assertThat(run("simulate", scenario("- just\n- a list\n").toString())).isEqualTo(SimulateCommand.BAD_INPUT);
		assertThat(err()).contains("expected a mapping of settings at the top of the file");
	}

	@Test
	void runsTheDocumentedExampleScenarios() {
		for (String example : new String[] { "erlang-c.yaml", "day-profile.yaml" }) {
			Path file = Path.of("..", "docs", "examples", example);
			this.out.reset();
			assertThat(run("simulate", file.toString())).as(example + ": " + err()).isEqualTo(SimulateCommand.OK);
			assertThat(out()).contains("\"offered\": ");
		}
		assertThat(out()).contains("\"intervals\": [").contains("\"start\": \"08:00\"");
	}

}
