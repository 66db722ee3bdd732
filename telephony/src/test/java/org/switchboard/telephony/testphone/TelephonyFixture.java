package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.engine.Input;
import org.switchboard.telephony.AgentBinding;
import org.switchboard.telephony.ContactCenterLink;
import org.switchboard.telephony.Extension;
import org.switchboard.telephony.RecordingStore;
import org.switchboard.telephony.SecurityEvents;
import org.switchboard.telephony.SipSettings;
import org.switchboard.telephony.Telephony;

/**
 * A running {@link Telephony} on loopback with three extensions (1001–1003, password "pw"
 * + number, bound to agents a1–a3), inbound routes 800 → ivr:main, 801 → queue:sales, 802
 * → agent:a1, 803 → voicemail:queue:sales, 804 → external:+861012345678 and 805 →
 * extension:1002, and in-memory sinks for inputs, recordings and security events.
 */
public final class TelephonyFixture implements AutoCloseable {

	public static final String REALM = "switchboard";

	public final List<Input> inputs = new CopyOnWriteArrayList<>();

	public final List<RecordingStore.Recording> recordings = new CopyOnWriteArrayList<>();

	public final List<RecordingStore.Voicemail> voicemails = new CopyOnWriteArrayList<>();

	public final List<String> securityEvents = new CopyOnWriteArrayList<>();

	public final Telephony telephony;

	public final Path dataDir;

	private volatile ContactCenterLink engine = (input) -> {
	};

	private final Map<String, Extension> extensions = Map.of("1001", ext("1001"), "1002", ext("1002"), "1003",
			ext("1003"), "1009", disabled("1009"));

	private final Map<String, String> agentAt = Map.of("1001", "a1", "1002", "a2", "1003", "a3");

	private ScriptedEngine scripted;

	public TelephonyFixture(Path dataDir, Clock clock, SipSettings base) throws IOException {
		this(dataDir, clock, base, 200);
	}

	/** With {@code rtpPorts} RTP ports: two per call leg. */
	public TelephonyFixture(Path dataDir, Clock clock, SipSettings base, int rtpPorts) throws IOException {
		this.dataDir = dataDir;
		int rtp = FreePorts.rtpRange(rtpPorts);
		SipSettings settings = base.withBind("127.0.0.1", FreePorts.sipPort())
			.withRtpPorts(rtp, rtp + rtpPorts - 1)
			.withDataDir(dataDir);
		Telephony.Ports ports = new Telephony.Ports(this::find, this::route, binding(), this::submit, store(),
				security());
		this.telephony = Telephony.start(settings, ports, clock);
	}

	public static TelephonyFixture start(Path dataDir) throws IOException {
		return new TelephonyFixture(dataDir, Clock.systemUTC(), SipSettings.defaults());
	}

	public static TelephonyFixture start(Path dataDir, Instant start) throws IOException {
		return new TelephonyFixture(dataDir, new TestClock(start), SipSettings.defaults());
	}

	/** Sends every input to {@code engine} after recording it. */
	public void engine(ContactCenterLink engine) {
		this.engine = engine;
	}

	/**
	 * A {@link ScriptedEngine} wired both ways (it hears telephony's inputs, telephony
	 * carries out its actions); closed with this fixture.
	 */
	public ScriptedEngine scriptedEngine(List<String> agents, Duration ringTimeout) {
		ScriptedEngine scripted = new ScriptedEngine(agents, ringTimeout);
		scripted.sink(this.telephony);
		engine(scripted);
		this.scripted = scripted;
		return scripted;
	}

	private void submit(Input input) {
		this.inputs.add(input);
		this.engine.submit(input);
	}

	public int port() {
		return this.telephony.port();
	}

	public <T extends Input> List<T> inputs(Class<T> type) {
		return this.inputs.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private RecordingStore store() {
		return new RecordingStore() {
			@Override
			public void recorded(Recording recording) {
				TelephonyFixture.this.recordings.add(recording);
			}

			@Override
			public void voicemail(Voicemail message) {
				TelephonyFixture.this.voicemails.add(message);
			}
		};
	}

	private static Extension ext(String number) {
		return Extension.withPassword(number, "Agent " + number, REALM, "pw" + number);
	}

	private static Extension disabled(String number) {
		Extension e = ext(number);
		return new Extension(e.number(), e.displayName(), false, e.ha1());
	}

	private Optional<Extension> find(String number) {
		return Optional.ofNullable(this.extensions.get(number));
	}

	private Optional<String> route(String number) {
		return switch (number) {
			case "800" -> Optional.of("ivr:main");
			case "801" -> Optional.of("queue:sales");
			case "802" -> Optional.of("agent:a1");
			case "803" -> Optional.of("voicemail:queue:sales");
			case "804" -> Optional.of("external:+861012345678");
			case "805" -> Optional.of("extension:1002");
			default -> Optional.empty();
		};
	}

	private AgentBinding binding() {
		return new AgentBinding() {
			@Override
			public Optional<String> agentAt(String extension) {
				return Optional.ofNullable(TelephonyFixture.this.agentAt.get(extension));
			}

			@Override
			public Optional<String> extensionOf(String agentId) {
				return TelephonyFixture.this.agentAt.entrySet()
					.stream()
					.filter((e) -> e.getValue().equals(agentId))
					.map(Map.Entry::getKey)
					.findFirst();
			}
		};
	}

	private SecurityEvents security() {
		return new SecurityEvents() {
			@Override
			public void authenticationFailed(String source, String user, String method) {
				TelephonyFixture.this.securityEvents.add("failed " + user + " " + method + " from " + source);
			}

			@Override
			public void sourceBanned(String source, Instant until, int failures) {
				TelephonyFixture.this.securityEvents.add("banned " + source + " after " + failures);
			}
		};
	}

	/** Waits (polling, bounded) until {@code condition} holds. */
	public static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Object monitor = new Object();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			synchronized (monitor) {
				monitor.wait(20);
			}
		}
		return condition.getAsBoolean();
	}

	@Override
	public void close() {
		if (this.scripted != null) {
			this.scripted.close();
		}
		this.telephony.close();
	}

}
