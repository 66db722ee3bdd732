package org.switchboard.engine.ivr;

import java.util.List;
import java.util.stream.Collectors;

/** An IVR flow could not be loaded; {@link #errors()} lists every problem found. */
public class InvalidIvrFlowException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<IvrFlowError> errors;

	public InvalidIvrFlowException(List<IvrFlowError> errors) {
		super(errors.stream().map(IvrFlowError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	/** Every problem found, in the order of the flow's nodes. */
	public List<IvrFlowError> errors() {
		return this.errors;
	}

}
