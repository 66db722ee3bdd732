package org.switchboard.telephony.call;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.engine.Input;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;
import org.switchboard.telephony.testphone.ScriptedEngine;
import org.switchboard.telephony.testphone.TelephonyFixture;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Many bridged calls at once, each sending audio both ways: every call is relayed by the
 * shared RTP loops (no thread per socket), ends with exactly one stored recording with
 * both channels audible, and leaves no socket, recording or timer behind.
 */
class ConcurrentRecordedCallsTest {

	static final int CALLS = 60;

	static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path dataDir;

	TelephonyFixture server;

	ScriptedEngine engine;

	final List<TestPhone> phones = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server = new TelephonyFixture(this.dataDir, Clock.systemUTC(), SipSettings.defaults(), 4 * CALLS + 40);
		this.engine = this.server.scriptedEngine(List.of("a1"), Duration.ofSeconds(20));
	}

	@AfterEach
	void stop() {
		this.phones.forEach(TestPhone::close);
		this.server.close();
	}

	@Test
	void everyConcurrentBridgedCallEndsWithExactlyOneRecordingOfBothSidesAndReleasesItsMedia() throws Exception {
		TestPhone agent = phone("1001", "pw1001");
		assertThat(agent.register(600).getStatusCode()).isEqualTo(200);
		TestPhone caller = phone("5550100", "none");

		List<TestCall> calls = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			TestCall call = caller.call("801", false);
			call.rtp().tone(440);
			calls.add(call);
		}
		List<TestCall> agentSides = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			TestCall agentSide = agent.awaitIncoming(WAIT);
			assertThat(agentSide).as("agent leg %d rings", i).isNotNull();
			agentSide.rtp().tone(880);
			agentSides.add(agentSide);
		}
		assertThat(eventually(WAIT, () -> stats().recordingsInProgress() == CALLS))
			.as("all %d calls bridged and recording: %s", CALLS, stats())
			.isTrue();
		assertThat(stats().openRtpEndpoints()).isEqualTo(2 * CALLS);
		assertThat(rtpThreads()).as("RTP threads for %d sockets", 2 * CALLS).isEqualTo(stats().ioThreads());

		assertThat(eventually(WAIT, () -> agentSides.stream().allMatch((a) -> a.rtp().heardCount() >= 8000)))
			.as("every agent hears a second of its caller")
			.isTrue();
		assertThat(eventually(WAIT,
				() -> calls.stream().allMatch((c) -> Math.abs(c.rtp().recentFrequency(2000) - 880) < 40)))
			.as("every caller hears its agent")
			.isTrue();

		for (TestCall call : calls) {
			call.hangUp();
		}

		assertThat(eventually(WAIT, () -> this.server.recordings.size() >= CALLS))
			.as("%d of %d recordings stored", this.server.recordings.size(), CALLS)
			.isTrue();
		Map<String, Long> perContact = this.server.recordings.stream()
			.collect(Collectors.groupingBy(RecordingStore.Recording::contactId, Collectors.counting()));
		assertThat(perContact).hasSize(CALLS).allSatisfy((contact, count) -> assertThat(count).isOne());
		assertThat(perContact.keySet()).isEqualTo(this.server.inputs(Input.AgentAnswered.class)
			.stream()
			.map(Input.AgentAnswered::contactId)
			.collect(Collectors.toSet()));
		for (RecordingStore.Recording recording : this.server.recordings) {
			short[][] channels = B2buaTest.stereo(recording.file());
			int n = channels[0].length;
			assertThat(n).as("%s length", recording.file()).isGreaterThan(8000);
			// Test phones starved of CPU may send late; the recorder then fills silence,
			// so
			// judge the tone on the audible 20 ms blocks and require most blocks audible.
			assertThat(audible(channels[0])).as("audible part of caller side of %s", recording.contactId())
				.isGreaterThan(0.6);
			assertThat(audible(channels[1])).as("audible part of agent side of %s", recording.contactId())
				.isGreaterThan(0.6);
			assertThat(audibleFrequency(channels[0])).as("caller side of %s", recording.contactId())
				.isCloseTo(440, org.assertj.core.data.Offset.offset(30.0));
			assertThat(audibleFrequency(channels[1])).as("agent side of %s", recording.contactId())
				.isCloseTo(880, org.assertj.core.data.Offset.offset(30.0));
		}
		assertThat(eventually(WAIT, () -> released(stats()))).as("released: %s", stats()).isTrue();
		assertThat(stats().recorderOverflows()).isZero();
	}

	/** Share of the 20 ms blocks (after the first quarter) that are not silent. */
	static double audible(short[] samples) {
		int blocks = 0;
		int loud = 0;
		for (int from = samples.length / 4; from + 160 <= samples.length; from += 160) {
			blocks++;
			loud += loud(samples, from) ? 1 : 0;
		}
		return (blocks == 0) ? 0 : (double) loud / blocks;
	}

	/**
	 * Frequency from zero crossings within the 20 ms blocks that are audible all through:
	 * a block the recorder padded with silence in part (a late packet) would count too
	 * few crossings.
	 */
	static double audibleFrequency(short[] samples) {
		long crossings = 0;
		long counted = 0;
		for (int from = samples.length / 4; from + 160 <= samples.length; from += 160) {
			if (!loudThroughout(samples, from)) {
				continue;
			}
			for (int i = from + 1; i < from + 160; i++) {
				if ((samples[i - 1] < 0) != (samples[i] < 0)) {
					crossings++;
				}
			}
			counted += 159;
		}
		return (counted == 0) ? 0 : crossings / 2.0 * 8000.0 / counted;
	}

	/**
	 * Loud in each quarter of the block (a quarter holds more than a period of 440 Hz).
	 */
	private static boolean loudThroughout(short[] samples, int from) {
		for (int quarter = from; quarter < from + 160; quarter += 40) {
			boolean loud = false;
			for (int i = quarter; i < quarter + 40 && !loud; i++) {
				loud = Math.abs(samples[i]) > 4000;
			}
			if (!loud) {
				return false;
			}
		}
		return true;
	}

	private static boolean loud(short[] samples, int from) {
		for (int i = from; i < from + 160; i++) {
			if (Math.abs(samples[i]) > 4000) {
				return true;
			}
		}
		return false;
	}

	private Telephony.Stats stats() {
		return this.server.telephony.stats();
	}

	static boolean released(Telephony.Stats stats) {
		return stats.activeCalls() == 0 && stats.openRtpEndpoints() == 0 && stats.recordingsInProgress() == 0
				&& stats.pendingTimers() == 0;
	}

	static long rtpThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith("rtp-")).count();
	}

	private TestPhone phone(String user, String password) throws Exception {
		TestPhone phone = TestPhone.start(user, password, this.server.port());
		this.phones.add(phone);
		return phone;
	}

}
