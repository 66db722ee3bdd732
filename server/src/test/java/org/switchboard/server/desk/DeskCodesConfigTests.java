package org.switchboard.server.desk;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigProblem;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.configfile.ImportReport;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@code reasonCodes} and {@code dispositionCodes} sections of the configuration
 * file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class DeskCodesConfigTests {

	@Autowired
	ConfigImporter importer;

	@Autowired
	DeskCodes codes;

	private List<DeskCode> reasons;

	private List<DeskCode> dispositions;

	@BeforeEach
	void remember() {
		this.reasons = this.codes.list(DeskCode.Kind.NOT_READY);
		this.dispositions = this.codes.list(DeskCode.Kind.DISPOSITION);
	}

	@AfterEach
	void restore() {
		this.codes.replace(DeskCode.Kind.NOT_READY, this.reasons);
		this.codes.replace(DeskCode.Kind.DISPOSITION, this.dispositions);
	}

	@Test
	void importReplacesTheListsInOrderAndAgainChangesNothing() {
		String yaml = """
				reasonCodes:
				  - {code: coaching, label: 辅导}
				  - {code: break, label: 休息}
				dispositionCodes:
				  - {code: sale, label: Sale}
				""";
		ImportReport first = this.importer.importYaml(yaml, "test");
		assertThat(this.codes.list(DeskCode.Kind.NOT_READY)).containsExactly(new DeskCode("coaching", "辅导"),
				new DeskCode("break", "休息"));
		assertThat(this.codes.list(DeskCode.Kind.DISPOSITION)).containsExactly(new DeskCode("sale", "Sale"));
		assertThat(first.sections()).contains(new SectionResult("reasonCodes", 1, 1, 0));

		ImportReport again = this.importer.importYaml(yaml, "test");
		assertThat(again.sections()).contains(new SectionResult("reasonCodes", 0, 0, 2),
				new SectionResult("dispositionCodes", 0, 0, 1));
	}

	@Test
	void duplicateOrMalformedCodesAreRejectedWithNothingApplied() {
		assertThatExceptionOfType(ConfigRejectedException.class).isThrownBy(() -> this.importer.importYaml("""
				reasonCodes:
				  - {code: lunch}
				  - {code: lunch}
				  - {code: "has space"}
				""", "test"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ConfigProblem::path, ConfigProblem::line)
				.containsExactly(tuple("reasonCodes[1].code", 3), tuple("reasonCodes[2].code", 4)));
		assertThat(this.codes.list(DeskCode.Kind.NOT_READY)).isEqualTo(this.reasons);
	}

}
