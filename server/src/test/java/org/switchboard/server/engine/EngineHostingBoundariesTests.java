package org.switchboard.server.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's hosting packages depend in one direction: agentstate → contactcenter →
 * engine (host) → journal; the host knows the configuration only through
 * {@link CenterConfigSource}.
 */
class EngineHostingBoundariesTests {

	private static final String ROOT = "org.switchboard.server.";

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.switchboard.server");

	@Test
	void journalKnowsNothingOfItsUsers() {
		noClasses().that()
			.resideInAPackage(ROOT + "journal..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "engine..", ROOT + "contactcenter..", ROOT + "agentstate..")
			.check(this.classes);
	}

	@Test
	void engineHostKnowsTheConfigurationOnlyThroughItsPort() {
		noClasses().that()
			.resideInAPackage(ROOT + "engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "contactcenter..", ROOT + "agentstate..")
			.check(this.classes);
	}

	@Test
	void configurationKnowsNothingOfTheAgentStateApi() {
		noClasses().that()
			.resideInAPackage(ROOT + "contactcenter..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "agentstate..")
			.check(this.classes);
	}

}
