package org.switchboard.server.sip;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.telephony.RecordingStore;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;

/** Takes the place of the server's recording store and keeps what telephony hands it. */
@TestConfiguration(proxyBeanMethods = false)
@Primary
class CapturedRecordings implements RecordingStore {

	final List<Recording> recorded = new CopyOnWriteArrayList<>();

	@Override
	public void recorded(Recording recording) {
		this.recorded.add(recording);
	}

}
