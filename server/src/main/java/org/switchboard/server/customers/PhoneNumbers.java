package org.switchboard.server.customers;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;

/**
 * Caller numbers, through libphonenumber: one normal form to match customers by, and the
 * region a number belongs to for the screen pop. Numbers without a country code are read
 * as Chinese.
 */
public final class PhoneNumbers {

	private static final String DEFAULT_REGION = "CN";

	private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private static final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The normal form: E.164 when the number parses, else its digits (and a leading +).
	 */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		return parse(raw).map((number) -> util.format(number, PhoneNumberFormat.E164))
			.orElseGet(() -> raw.replaceAll("[^0-9+]", ""));
	}

	/**
	 * Where {@code raw} belongs, in {@code locale}'s language, from libphonenumber's
	 * offline geocoder: province and city for Chinese landlines and mobiles (e.g. 江苏省常州市
	 * / "Changzhou, Jiangsu"), a city or the country elsewhere; empty when unknown.
	 */
	public static String region(String raw, Locale locale) {
		return parse(raw).map((number) -> geocoder.getDescriptionForNumber(number, locale)).orElse("");
	}

	private static Optional<PhoneNumber> parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = util.parse(raw, DEFAULT_REGION);
			return util.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
