package org.switchboard.server.customers;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Caller numbers: one normal form for matching, a region for the screen pop. */
class PhoneNumbersTest {

	@Test
	void nationalAndInternationalFormsOfOneNumberNormaliseAlike() {
		assertThat(PhoneNumbers.normalize("021-6123 4567")).isEqualTo("+862161234567");
		assertThat(PhoneNumbers.normalize("+86 21 6123 4567")).isEqualTo("+862161234567");
		assertThat(PhoneNumbers.normalize("138 0013 8000")).isEqualTo("+8613800138000");
	}

	@Test
	void somethingThatIsNoNumberKeepsItsDigits() {
		assertThat(PhoneNumbers.normalize("ext. 12")).isEqualTo("12");
		assertThat(PhoneNumbers.normalize(null)).isEmpty();
	}

	@Test
	void landlineAreaCodeGivesTheCityInChineseOrEnglish() {
		assertThat(PhoneNumbers.region("02161234567", Locale.SIMPLIFIED_CHINESE)).isEqualTo("上海");
		assertThat(PhoneNumbers.region("07551234567", Locale.ENGLISH)).isEqualTo("Shenzhen, Guangdong");
	}

	@Test
	void otherNumbersGiveTheirCountry() {
		assertThat(PhoneNumbers.region("13800138000", Locale.ENGLISH)).isEqualTo("China");
		assertThat(PhoneNumbers.region("+44 20 7946 0958", Locale.ENGLISH)).isEqualTo("United Kingdom");
		assertThat(PhoneNumbers.region("", Locale.ENGLISH)).isEmpty();
	}

}
