package org.switchboard.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The foundation packages depend on each other in one direction only. */
class FoundationBoundariesTests {

	private static final String ROOT = "org.switchboard.server.";

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.switchboard.server");

	@Test
	void onlyTheSecurityPackageKnowsTheFilterChain() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + "security..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "security..")
			.check(this.classes);
	}

	@Test
	void auditKnowsNothingOfAccounts() {
		noClasses().that()
			.resideInAPackage(ROOT + "audit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "account..", ROOT + "web..", ROOT + "security..")
			.check(this.classes);
	}

	@Test
	void restConventionsAndOperationsStandAlone() {
		noClasses().that()
			.resideInAnyPackage(ROOT + "api..", ROOT + "ops..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "account..", ROOT + "audit..", ROOT + "web..", ROOT + "security..")
			.check(this.classes);
	}

	@Test
	void accountsDoNotReachIntoTheWebShell() {
		noClasses().that()
			.resideInAPackage(ROOT + "account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "web..", ROOT + "security..")
			.check(this.classes);
	}

}
