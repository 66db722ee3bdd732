package org.switchboard.server.contactcenter;

import org.junit.jupiter.api.Test;
import org.switchboard.server.configfile.ConfigExporter;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.configfile.ImportReport;
import org.switchboard.telephony.Extension;
import org.switchboard.telephony.auth.DigestAlgorithm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An extension's display name and enabled flag go from the file to the registrar and back
 * to the export; a disabled extension is seen as such by telephony, which then treats it
 * as unknown.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExtensionSettingsTests {

	@Autowired
	ConfigImporter importer;

	@Autowired
	ConfigExporter exporter;

	@Autowired
	TelephonyDirectory directory;

	@Test
	void displayNameAndEnabledReachTelephonyAndTheExportAndCanChangeWithoutThePassword() throws Exception {
		this.importer.importYaml("""
				extensions:
				  - {number: "3101", password: "s3cret-3101", displayName: "Front desk"}
				  - {number: "3102", password: "s3cret-3102", enabled: false}
				""", "test");

		Extension front = this.directory.find("3101").orElseThrow();
		assertThat(front.displayName()).isEqualTo("Front desk");
		assertThat(front.enabled()).isTrue();
		assertThat(this.directory.find("3102").orElseThrow().enabled()).isFalse();
		String export = this.exporter.exportYaml();
		assertThat(export).contains("displayName: Front desk").contains("enabled: false");
		assertThat(this.importer.importYaml(export, "test").changedAnything()).as("re-importing the export").isFalse();

		ImportReport enable = this.importer.importYaml("""
				extensions:
				  - {number: "3102"}
				""", "test");

		assertThat(enable.changedAnything()).isTrue();
		Extension enabled = this.directory.find("3102").orElseThrow();
		assertThat(enabled.enabled()).isTrue();
		assertThat(enabled.ha1()).as("the password is kept")
			.containsEntry(DigestAlgorithm.MD5, DigestAlgorithm.MD5.ha1("3102", "switchboard", "s3cret-3102"));
	}

	@Test
	void refusesANonBooleanEnabledWithItsLine() {
		assertThatThrownBy(() -> this.importer.importYaml("""
				extensions:
				  - {number: "3103", password: "s3cret-3103", enabled: perhaps}
				""", "test")).isInstanceOf(ConfigRejectedException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("enabled");
	}

}
