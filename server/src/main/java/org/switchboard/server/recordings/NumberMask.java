package org.switchboard.server.recordings;

/**
 * Hides the middle of a phone number: {@code 13812348000} becomes {@code 138****8000}.
 */
final class NumberMask {

	private NumberMask() {
	}

	static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return number;
		}
		int length = number.length();
		if (length >= 8) {
			return number.substring(0, 3) + "****" + number.substring(length - 4);
		}
		// Short numbers (extensions) show only their last two digits.
		int shown = Math.min(2, length - 1);
		return "*".repeat(length - shown) + number.substring(length - shown);
	}

}
