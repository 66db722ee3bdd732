package org.switchboard.engine.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimal streaming JSON writer (the engine has no JSON library): objects, arrays,
 * strings, whole numbers and decimals rounded to 6 places; NaN and infinities become
 * {@code null}. Output is indented by two spaces.
 */
final class JsonWriter {

	private final StringBuilder out = new StringBuilder();

	private final StringBuilder indent = new StringBuilder();

	private boolean first = true;

	private boolean afterName;

	JsonWriter beginObject() {
		return open('{');
	}

	JsonWriter endObject() {
		return close('}');
	}

	JsonWriter beginArray() {
		return open('[');
	}

	JsonWriter endArray() {
		return close(']');
	}

	JsonWriter name(String name) {
		separate();
		string(name);
		this.out.append(": ");
		this.afterName = true;
		return this;
	}

	JsonWriter value(String value) {
		separate();
		if (value == null) {
			this.out.append("null");
		}
		else {
			string(value);
		}
		return this;
	}

	JsonWriter value(long value) {
		separate();
		this.out.append(value);
		return this;
	}

	JsonWriter value(double value) {
		separate();
		if (!Double.isFinite(value)) {
			this.out.append("null");
		}
		else {
			this.out.append(
					BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
		}
		return this;
	}

	JsonWriter value(boolean value) {
		separate();
		this.out.append(value);
		return this;
	}

	JsonWriter field(String name, String value) {
		return name(name).value(value);
	}

	JsonWriter field(String name, long value) {
		return name(name).value(value);
	}

	JsonWriter field(String name, double value) {
		return name(name).value(value);
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private JsonWriter open(char bracket) {
		separate();
		this.out.append(bracket);
		this.indent.append("  ");
		this.first = true;
		return this;
	}

	private JsonWriter close(char bracket) {
		this.indent.setLength(this.indent.length() - 2);
		if (!this.first) {
			this.out.append('\n').append(this.indent);
		}
		this.out.append(bracket);
		this.first = false;
		return this;
	}

	private void separate() {
		if (this.afterName) {
			this.afterName = false;
			return;
		}
		if (!this.first) {
			this.out.append(',');
		}
		if (this.out.length() > 0) {
			this.out.append('\n').append(this.indent);
		}
		this.first = false;
	}

	private void string(String s) {
		this.out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> this.out.append("\\\"");
				case '\\' -> this.out.append("\\\\");
				case '\n' -> this.out.append("\\n");
				case '\r' -> this.out.append("\\r");
				case '\t' -> this.out.append("\\t");
				default -> {
					if (c < 0x20) {
						this.out.append(String.format("\\u%04x", (int) c));
					}
					else {
						this.out.append(c);
					}
				}
			}
		}
		this.out.append('"');
	}

}
