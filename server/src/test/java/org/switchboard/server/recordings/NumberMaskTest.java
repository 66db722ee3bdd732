package org.switchboard.server.recordings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberMaskTest {

	@Test
	void mobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(NumberMask.mask("13812348000")).isEqualTo("138****8000");
	}

	@Test
	void internationalNumberKeepsItsPrefixAndLastFourDigits() {
		assertThat(NumberMask.mask("+8613812348000")).isEqualTo("+86****8000");
	}

	@Test
	void shortExtensionShowsOnlyItsLastTwoDigits() {
		assertThat(NumberMask.mask("8001")).isEqualTo("**01");
		assertThat(NumberMask.mask("7")).isEqualTo("*");
	}

	@Test
	void missingNumberStaysMissing() {
		assertThat(NumberMask.mask(null)).isNull();
		assertThat(NumberMask.mask("")).isEmpty();
	}

}
