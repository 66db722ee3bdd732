package org.switchboard.telephony.sip;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;

/**
 * Handles the dialog-forming and in-dialog traffic the dispatcher does not answer itself.
 */
public interface DialogHandler {

	/**
	 * INVITE, ACK, BYE, CANCEL, INFO, UPDATE and out-of-dialog requests other than
	 * REGISTER and OPTIONS.
	 */
	void onRequest(RequestEvent event);

	void onResponse(ResponseEvent event);

	void onTimeout(TimeoutEvent event);

}
