package org.switchboard.engine.ivr;

import java.util.Objects;

/**
 * One thing wrong with an IVR flow, naming the flow and the node (null when the problem
 * is the flow's own, e.g. its start), worded for the administrator who edits the flow.
 */
public record IvrFlowError(String flow, String node, String message) {

	public IvrFlowError {
		Objects.requireNonNull(flow, "flow");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return (this.node != null) ? "ivr '" + this.flow + "' node '" + this.node + "': " + this.message
				: "ivr '" + this.flow + "': " + this.message;
	}

}
