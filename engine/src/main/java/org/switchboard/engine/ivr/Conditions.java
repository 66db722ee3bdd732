package org.switchboard.engine.ivr;

import java.time.Instant;
import java.util.Map;

/** Evaluates {@link IvrPredicate}s against one contact's facts. */
final class Conditions {

	private final IvrContext context;

	private final String callerNumber;

	private final Map<String, String> attributes;

	private final Map<String, String> variables;

	Conditions(IvrContext context, String callerNumber, Map<String, String> attributes, Map<String, String> variables) {
		this.context = context;
		this.callerNumber = (callerNumber != null) ? callerNumber : "";
		this.attributes = attributes;
		this.variables = variables;
	}

	/**
	 * The target of the first branch of {@code node} that holds at {@code now}, else its
	 * {@code otherwise}.
	 */
	String choose(IvrNode.Condition node, Instant now) {
		for (IvrNode.Branch branch : node.branches()) {
			if (holds(branch.when(), now)) {
				return branch.target();
			}
		}
		return node.otherwise();
	}

	boolean holds(IvrPredicate predicate, Instant now) {
		if (predicate instanceof IvrPredicate.Calendar calendar) {
			return this.context.isOpen(calendar.calendar(), now) == calendar.open();
		}
		if (predicate instanceof IvrPredicate.CallerPrefix prefix) {
			return this.callerNumber.startsWith(prefix.prefix());
		}
		if (predicate instanceof IvrPredicate.CallerEquals equals) {
			return this.callerNumber.equals(equals.number());
		}
		if (predicate instanceof IvrPredicate.AttributeEquals attribute) {
			return attribute.value().equals(this.attributes.get(attribute.name()));
		}
		return holdsOnVariable(predicate);
	}

	private boolean holdsOnVariable(IvrPredicate predicate) {
		if (predicate instanceof IvrPredicate.VariableEquals equals) {
			return equals.value().equals(this.variables.get(equals.name()));
		}
		if (predicate instanceof IvrPredicate.VariableMatches matches) {
			String value = this.variables.get(matches.name());
			return value != null && matches.pattern().matcher(value).matches();
		}
		IvrPredicate.VariablePresent present = (IvrPredicate.VariablePresent) predicate;
		return this.variables.containsKey(present.name()) == present.present();
	}

}
