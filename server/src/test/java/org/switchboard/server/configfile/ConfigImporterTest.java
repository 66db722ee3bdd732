package org.switchboard.server.configfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConfigImporterTest {

	private final ThingsSection things = new ThingsSection();

	private final ConfigImporter importer = new ConfigImporter(List.of(this.things),
			new TransactionTemplate(new NoOpTransactions()));

	@Test
	void appliesEachItemOfAKnownSection() {
		ImportReport report = this.importer.importYaml("""
				things:
				  - {name: a, size: 1}
				  - {name: b}
				""", "admin");

		assertThat(this.things.applied).containsExactly("a:1", "b:0");
		assertThat(report.sections()).containsExactly(new SectionResult("things", 2, 0, 0));
	}

	@Test
	void rejectsUnknownTopLevelKeyWithItsLine() {
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> this.importer.importYaml("""
				things: []
				thigns: []
				""", "admin"))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((p) -> assertThat(p.line()).isEqualTo(2))
				.satisfies((p) -> assertThat(p.message()).contains("unknown key 'thigns'")));
		assertThat(this.things.applied).isEmpty();
	}

	@Test
	void reportsEveryFieldProblemWithLineAndPathAndAppliesNothing() {
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> this.importer.importYaml("""
				things:
				  - {name: a, size: 1}
				  - {size: many}
				  - {name: c, colour: red}
				""", "admin"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ConfigProblem::toString)
				.containsExactly("line 3, things[1].name: is required",
						"line 3, things[1].size: expected a whole number, not 'many'",
						"line 4, things[2].colour: unknown key 'colour' (expected one of name, size)"));
		assertThat(this.things.applied).isEmpty();
	}

	@Test
	void rejectsBrokenYamlWithTheLineAtFault() {
		assertThatExceptionOfType(ConfigRejectedException.class)
			.isThrownBy(() -> this.importer.importYaml("things:\n  - {name: a\n  - b\n", "admin"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).startsWith("not valid YAML"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).line()).isGreaterThan(1));
	}

	@Test
	void rejectsDuplicateKeys() {
		assertThatExceptionOfType(ConfigRejectedException.class)
			.isThrownBy(() -> this.importer.importYaml("things:\n  - {name: a, name: b}\n", "admin"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).toString())
				.isEqualTo("line 2, things[0].name: duplicate key 'name'"));
	}

	@Test
	void problemFoundWhileApplyingRejectsTheWholeFile() {
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> this.importer.importYaml("""
				things:
				  - {name: forbidden}
				""", "admin")).satisfies((ex) -> assertThat(ex.getMessage()).contains("line 2"));
	}

	@Test
	void emptyFileImportsNothing() {
		assertThat(this.importer.importYaml("", "admin").changedAnything()).isFalse();
	}

	private record Thing(int line, String name, int size) {
	}

	private static final class ThingsSection implements ConfigSection<List<Thing>> {

		final List<String> applied = new ArrayList<>();

		@Override
		public String key() {
			return "things";
		}

		@Override
		public int order() {
			return 0;
		}

		@Override
		public List<Thing> read(Node node, Problems problems) {
			List<Thing> list = new ArrayList<>();
			for (Node item : YamlMap.sequence(node, "things", problems)) {
				int index = list.size();
				YamlMap map = YamlMap.of(item, "things[" + index + "]", problems).allowOnly(Set.of("name", "size"));
				list.add(new Thing(map.line(), map.requiredString("name"), map.optionalInt("size", 0, 0, 10)));
			}
			return list;
		}

		@Override
		public SectionResult apply(List<Thing> content, String actor, Problems problems) {
			List<SectionResult.Change> changes = new ArrayList<>();
			for (Thing thing : content) {
				if (thing.name().equals("forbidden")) {
					problems.add(thing.line(), "things", "forbidden name");
					continue;
				}
				this.applied.add(thing.name() + ":" + thing.size());
				changes.add(SectionResult.Change.CREATED);
			}
			return SectionResult.count(key(), changes);
		}

		@Override
		public Object export() {
			return List.of(Map.of("name", "a"));
		}

	}

	private static final class NoOpTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
