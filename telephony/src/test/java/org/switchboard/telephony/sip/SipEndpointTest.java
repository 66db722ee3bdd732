package org.switchboard.telephony.sip;

import java.util.EventObject;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.testphone.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipEndpointTest {

	@Test
	void leavesNoEventThreadBehindWhenThePortIsTaken() throws Exception {
		int port = FreePorts.sipPort();
		SipEndpoint first = SipEndpoint.start("first", "127.0.0.1", port, new Ignoring());
		try {
			long before = eventThreads();

			for (int i = 0; i < 3; i++) {
				assertThatThrownBy(() -> SipEndpoint.start("second", "127.0.0.1", port, new Ignoring()))
					.isInstanceOf(SipException.class)
					.hasMessageContaining(String.valueOf(port));
			}

			Thread.sleep(200);
			assertThat(eventThreads()).isLessThanOrEqualTo(before);
		}
		finally {
			first.close();
		}
	}

	private static long eventThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.isAlive() && t.getName().startsWith("EventScanner"))
			.count();
	}

	private static final class Ignoring implements SipListener {

		@Override
		public void processRequest(RequestEvent event) {
			ignore(event);
		}

		@Override
		public void processResponse(ResponseEvent event) {
			ignore(event);
		}

		@Override
		public void processTimeout(TimeoutEvent event) {
			ignore(event);
		}

		@Override
		public void processIOException(IOExceptionEvent event) {
			ignore(event);
		}

		@Override
		public void processTransactionTerminated(TransactionTerminatedEvent event) {
			ignore(event);
		}

		@Override
		public void processDialogTerminated(DialogTerminatedEvent event) {
			ignore(event);
		}

		private static void ignore(EventObject event) {
			assertThat(event).isNotNull();
		}

	}

}
