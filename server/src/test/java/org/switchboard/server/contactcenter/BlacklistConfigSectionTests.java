package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.CenterConfig.Blacklist;
import org.switchboard.engine.Destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The blacklist entries of the configuration make the engine's one blacklist. */
class BlacklistConfigSectionTests {

	@Test
	void entriesAreMergedIntoOneBlacklistWithTheirDiversion() {
		Blacklist blacklist = BlacklistConfigSection
			.merge(List.of(Map.of("name", "a", "numbers", List.of("1001", " 1002 "), "divert", "message:blocked"),
					Map.of("name", "b", "prefixes", List.of("+1900"))));
		assertThat(blacklist.numbers()).containsExactlyInAnyOrder("1001", "1002");
		assertThat(blacklist.matches("+19005550100")).isTrue();
		assertThat(blacklist.matches("2000")).isFalse();
		assertThat(blacklist.divert()).isEqualTo(Destination.parse("message:blocked"));
	}

	@Test
	void entriesDivertingToDifferentPlacesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BlacklistConfigSection.merge(
					List.of(Map.of("name", "a", "divert", "hangup"), Map.of("name", "b", "divert", "queue:general"))))
			.withMessageContaining("one blacklist diversion");
	}

	@Test
	void numbersMustBeAList() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BlacklistConfigSection.merge(List.of(Map.of("name", "a", "numbers", "1001"))))
			.withMessageContaining("'numbers' must be a list");
	}

}
