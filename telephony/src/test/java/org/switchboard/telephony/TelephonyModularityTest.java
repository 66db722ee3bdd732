package org.switchboard.telephony;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module's boundaries: no Spring, and the media and auth code free of SIP types. */
class TelephonyModularityTest {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.switchboard.telephony");

	@Test
	void dependsOnNoSpring() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(this.classes);
	}

	@Test
	void keepsMediaSdpAndAuthFreeOfSip() {
		noClasses().that()
			.resideInAnyPackage("..telephony.media..", "..telephony.sdp..", "..telephony.auth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("javax.sip..", "gov.nist..", "..telephony.sip..", "..telephony.call..")
			.check(this.classes);
	}

	@Test
	void keepsTheRegistrarOutOfCalls() {
		noClasses().that()
			.resideInAPackage("..telephony.registrar..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..telephony.call..")
			.check(this.classes);
	}

}
