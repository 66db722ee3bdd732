package org.switchboard.server.customers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Caller numbers, through libphonenumber: one normal form to match customers by, and the
 * region a number belongs to for the screen pop. Numbers without a country code are read
 * as Chinese.
 */
public final class PhoneNumbers {

	private static final String DEFAULT_REGION = "CN";

	private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	/**
	 * Chinese landline area codes of the largest cities; libphonenumber's geocoder (with
	 * every prefix, mobile ones included) would replace this table.
	 */
	private static final Map<String, String[]> CN_AREA_CODES = Map.ofEntries(Map.entry("10", city("北京", "Beijing")),
			Map.entry("20", city("广东 广州", "Guangzhou, Guangdong")), Map.entry("21", city("上海", "Shanghai")),
			Map.entry("22", city("天津", "Tianjin")), Map.entry("23", city("重庆", "Chongqing")),
			Map.entry("24", city("辽宁 沈阳", "Shenyang, Liaoning")), Map.entry("25", city("江苏 南京", "Nanjing, Jiangsu")),
			Map.entry("27", city("湖北 武汉", "Wuhan, Hubei")), Map.entry("28", city("四川 成都", "Chengdu, Sichuan")),
			Map.entry("29", city("陕西 西安", "Xi'an, Shaanxi")), Map.entry("571", city("浙江 杭州", "Hangzhou, Zhejiang")),
			Map.entry("755", city("广东 深圳", "Shenzhen, Guangdong")), Map.entry("512", city("江苏 苏州", "Suzhou, Jiangsu")));

	private PhoneNumbers() {
	}

	private static String[] city(String zh, String en) {
		return new String[] { zh, en };
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
	 * Where {@code raw} belongs, in {@code locale}'s language: the city for known Chinese
	 * area codes, else the country; empty when unknown.
	 */
	public static String region(String raw, Locale locale) {
		Optional<PhoneNumber> parsed = parse(raw);
		if (parsed.isEmpty()) {
			return "";
		}
		PhoneNumber number = parsed.get();
		String regionCode = util.getRegionCodeForNumber(number);
		if ("CN".equals(regionCode)) {
			String national = Long.toString(number.getNationalNumber());
			for (int length = 2; length <= 3; length++) {
				String[] city = CN_AREA_CODES.get(national.substring(0, Math.min(length, national.length())));
				if (city != null) {
					return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? city[0] : city[1];
				}
			}
		}
		return (regionCode != null) ? new Locale("", regionCode).getDisplayCountry(locale) : "";
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
