package org.switchboard.server.simulate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.switchboard.engine.sim.Scenario;
import org.switchboard.engine.sim.ScenarioException;
import org.switchboard.engine.sim.SimulationJson;
import org.switchboard.engine.sim.SimulationResult;
import org.switchboard.engine.sim.Simulator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * {@code java -jar switchboard.jar simulate SCENARIO.yaml}: prints the simulation's JSON
 * on {@code out}; problems go to {@code err} with the path of the offending value, and
 * the returned status becomes the process exit code.
 */
public final class SimulateCommand {

	/** The scenario ran and its JSON was printed. */
	public static final int OK = 0;

	/** Wrong arguments, unreadable file or invalid scenario. */
	public static final int BAD_INPUT = 2;

	private SimulateCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		return run(args, out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: java -jar switchboard.jar simulate SCENARIO.yaml");
			return BAD_INPUT;
		}
		Path file = Path.of(args[1]);
		Scenario scenario;
		try {
			scenario = Scenario.fromMap(read(file));
		}
		catch (NoSuchFileException ex) {
			err.println(file + ": no such file");
			return BAD_INPUT;
		}
		catch (IOException ex) {
			err.println(file + ": cannot read: " + ex.getMessage());
			return BAD_INPUT;
		}
		catch (YAMLException ex) {
			err.println(file + ": not valid YAML: " + ex.getMessage());
			return BAD_INPUT;
		}
		catch (ScenarioException ex) {
			err.println(file + ": " + ex.getMessage());
			return BAD_INPUT;
		}
		long started = System.nanoTime();
		SimulationResult result;
		try {
			result = new Simulator(scenario).run();
		}
		catch (IllegalArgumentException ex) {
			// the engine refused the configuration built from the scenario
			err.println(file + ": " + ex.getMessage());
			return BAD_INPUT;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.print(SimulationJson.write(result));
		out.flush();
		err.println(String.format(Locale.ROOT, "simulated %d calls in %.2f s of wall-clock time (%.0f calls/s)",
				result.simulatedCalls(), seconds, result.simulatedCalls() / seconds));
		return OK;
	}

	private static Map<String, Object> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object loaded = yaml().load(reader);
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new ScenarioException("", "expected a mapping of settings at the top of the file");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> settings = (Map<String, Object>) map;
			return settings;
		}
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver());
	}

	/**
	 * YAML 1.2-like scalars: decimal numbers, true/false and null only, so that clock
	 * times such as {@code 17:00} stay text instead of YAML 1.1's base-60 number 1020.
	 */
	private static final class PlainResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"),
					"tTfF");
			addImplicitResolver(Tag.INT, java.util.regex.Pattern.compile("^[-+]?(?:0|[1-9][0-9_]*)$"), "-+0123456789");
			addImplicitResolver(Tag.FLOAT,
					java.util.regex.Pattern.compile("^[-+]?(?:[0-9][0-9_]*)?\\.[0-9]+(?:[eE][-+]?[0-9]+)?$"),
					"-+0123456789.");
			addImplicitResolver(Tag.NULL, java.util.regex.Pattern.compile("^(?:~|null|Null|NULL)$"), "~nN");
			addImplicitResolver(Tag.NULL, java.util.regex.Pattern.compile("^$"), null);
		}

	}

}
