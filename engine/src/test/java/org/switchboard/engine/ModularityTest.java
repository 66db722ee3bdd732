package org.switchboard.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine stays a framework-free, I/O-free, clock-free library: it is the same code
 * under real SIP and under the simulator only if it cannot reach the outside world.
 */
class ModularityTest {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.switchboard.engine");

	@Test
	void engineDependsOnNoFrameworkAndDoesNoIo() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.switchboard.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.nio.file..", "java.net..", "java.sql..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.io.File")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.io.FileInputStream");
		rule.check(ENGINE);
	}

	@Test
	void engineNeverReadsTheWallClock() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.switchboard.engine..")
			.should()
			.callMethod(java.time.Clock.class, "systemUTC")
			.orShould()
			.callMethod(java.time.Clock.class, "systemDefaultZone")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis");
		rule.check(ENGINE);
	}

	@Test
	void theRulesSeeTheEngine() {
		org.assertj.core.api.Assertions.assertThat(ENGINE.contain(Engine.class)).isTrue();
	}

}
