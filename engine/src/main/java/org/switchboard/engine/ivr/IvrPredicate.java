package org.switchboard.engine.ivr;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A test a condition node makes on the calendar, the caller or the session's variables.
 */
public sealed interface IvrPredicate {

	/** The business calendar {@code calendar} is open ({@code open} true) or closed. */
	record Calendar(String calendar, boolean open) implements IvrPredicate {
		public Calendar {
			Objects.requireNonNull(calendar, "calendar");
		}
	}

	/** The caller's number starts with {@code prefix}. */
	record CallerPrefix(String prefix) implements IvrPredicate {
		public CallerPrefix {
			Objects.requireNonNull(prefix, "prefix");
		}
	}

	/** The caller's number is exactly {@code number}. */
	record CallerEquals(String number) implements IvrPredicate {
		public CallerEquals {
			Objects.requireNonNull(number, "number");
		}
	}

	/**
	 * The contact's attribute {@code name} (from the inbound route or CRM) equals
	 * {@code value}.
	 */
	record AttributeEquals(String name, String value) implements IvrPredicate {
		public AttributeEquals {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
		}
	}

	/** The session variable {@code name} equals {@code value}. */
	record VariableEquals(String name, String value) implements IvrPredicate {
		public VariableEquals {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
		}
	}

	/**
	 * The whole of session variable {@code name} matches {@code pattern}, compiled once
	 * when the flow is loaded. Two such predicates are equal when their expressions are.
	 */
	record VariableMatches(String name, Pattern pattern) implements IvrPredicate {
		public VariableMatches {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(pattern, "pattern");
		}

		/**
		 * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a
		 * regular expression
		 */
		public VariableMatches(String name, String regex) {
			this(name, Pattern.compile(regex));
		}

		/** The regular expression as written. */
		public String regex() {
			return this.pattern.pattern();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof VariableMatches that && this.name.equals(that.name) && regex().equals(that.regex());
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.name, regex());
		}
	}

	/** The session variable {@code name} is set ({@code present} true) or not set. */
	record VariablePresent(String name, boolean present) implements IvrPredicate {
		public VariablePresent {
			Objects.requireNonNull(name, "name");
		}
	}

}
