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
		assertThat(PhoneNumbers.region("02161234567", Locale.SIMPLIFIED_CHINESE)).isEqualTo("上海市");
		assertThat(PhoneNumbers.region("02161234567", Locale.ENGLISH)).isEqualTo("Shanghai");
	}

	@Test
	void mobileNumberGivesProvinceAndCity() {
		assertThat(PhoneNumbers.region("139 1234 5678", Locale.SIMPLIFIED_CHINESE)).isEqualTo("江苏省常州市");
		assertThat(PhoneNumbers.region("+86 139 1234 5678", Locale.ENGLISH)).isEqualTo("Changzhou, Jiangsu");
	}

	@Test
	void foreignNumbersGiveTheirPlaceAndUnknownGivesNothing() {
		assertThat(PhoneNumbers.region("+44 20 7946 0958", Locale.ENGLISH)).isEqualTo("London");
		assertThat(PhoneNumbers.region("+44 20 7946 0958", Locale.SIMPLIFIED_CHINESE)).isEqualTo("英国");
		assertThat(PhoneNumbers.region("", Locale.ENGLISH)).isEmpty();
		assertThat(PhoneNumbers.region("not a number", Locale.ENGLISH)).isEmpty();
	}

}
