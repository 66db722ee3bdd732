package org.switchboard.server.sip;

import java.io.IOException;

/** SIP could not listen on its configured address and port. */
public class SipPortUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String host;

	private final int port;

	SipPortUnavailableException(String host, int port, IOException cause) {
		super("Cannot start SIP on " + host + ":" + port, cause);
		this.host = host;
		this.port = port;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

}
