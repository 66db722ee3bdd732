package org.switchboard.telephony.testphone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One headless baresip (Debian baresip-core) for end-to-end tests: plays a WAV as its
 * microphone, records what it hears ({@code sndfile}), takes commands over
 * {@code ctrl_tcp} and DTMF key presses over the {@code cons} UDP socket. Shared with the
 * server's tests through the test-jar.
 */
public final class Baresip implements AutoCloseable {

	private final Path dir;

	private final int ctrlPort;

	private final int consPort;

	private final Process process;

	private Baresip(Path dir, int ctrlPort, int consPort, Process process) {
		this.dir = dir;
		this.ctrlPort = ctrlPort;
		this.consPort = consPort;
		this.process = process;
	}

	/**
	 * The baresip binary for {@code test}: skipped without it, except under CI=true where
	 * it must be there (apt-get install baresip-core).
	 */
	public static Path require(String test) {
		Optional<Path> binary = binary();
		if (binary.isEmpty()) {
			if ("true".equals(System.getenv("CI"))) {
				org.junit.jupiter.api.Assertions
					.fail("baresip is not installed but CI=true requires " + test + " (apt-get install baresip-core)");
			}
			System.out.println(test + " skipped: baresip is not installed (apt-get install baresip-core)");
			org.junit.jupiter.api.Assumptions.abort("baresip is not installed");
		}
		return binary.get();
	}

	/** The baresip binary on the PATH, if installed. */
	public static Optional<Path> binary() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.of(path.split(java.io.File.pathSeparator))
			.map((p) -> Path.of(p, "baresip"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	public static Baresip start(Path binary, Path dir, int sipPort, String rtpPorts, int ctrlPort, int consPort,
			Path wav, String account) throws IOException {
		Files.createDirectories(dir.resolve("rec"));
		List<String> config = List.of("poll_method\t\tepoll", "sip_listen\t\t127.0.0.1:" + sipPort,
				"net_interface\t\t127.0.0.1", "audio_player\t\taubridge,sink", "audio_source\t\taufile," + wav,
				"audio_alert\t\taubridge,sink", "rtp_ports\t\t" + rtpPorts, "module_path\t\t/usr/lib/baresip/modules",
				"module\t\t\tcons.so", "module\t\t\tg711.so", "module\t\t\taubridge.so", "module\t\t\taufile.so",
				"module\t\t\tsndfile.so", "module_tmp\t\tuuid.so", "module_tmp\t\taccount.so",
				"module_app\t\tcontact.so", "module_app\t\tmenu.so", "module_app\t\tctrl_tcp.so",
				"cons_listen\t\t127.0.0.1:" + consPort, "ctrl_tcp_listen\t\t127.0.0.1:" + ctrlPort,
				"snd_path\t\t" + dir.resolve("rec"));
		Files.write(dir.resolve("config"), config);
		Files.writeString(dir.resolve("accounts"), account + "\n");
		Files.writeString(dir.resolve("contacts"), "");
		Process process = new ProcessBuilder(binary.toString(), "-f", dir.toString()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("log.txt").toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.start();
		return new Baresip(dir, ctrlPort, consPort, process);
	}

	/** What baresip printed so far ("" when it cannot be read). */
	public String log() {
		try {
			Path log = this.dir.resolve("log.txt");
			return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * Sends a ctrl_tcp command (netstring-framed JSON) and returns what came back within
	 * a second.
	 */
	public String command(String command, String params) throws IOException {
		String json = "{\"command\":\"" + command + "\",\"token\":\"t1\""
				+ ((params != null) ? ",\"params\":\"" + params + "\"" : "") + "}";
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.ctrlPort)) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.write(',');
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			try {
				int n = in.read(buffer);
				return (n > 0) ? new String(buffer, 0, n, StandardCharsets.UTF_8) : "";
			}
			catch (java.net.SocketTimeoutException ex) {
				return "";
			}
		}
	}

	/**
	 * Presses keys on the console: each digit followed by key release, as baresip
	 * expects.
	 */
	public void press(String keys) throws IOException, InterruptedException {
		try (DatagramSocket socket = new DatagramSocket()) {
			for (char key : keys.toCharArray()) {
				send(socket, new byte[] { (byte) key });
				Thread.sleep(150);
				send(socket, new byte[] { 4 });
				Thread.sleep(250);
			}
		}
	}

	private void send(DatagramSocket socket, byte[] data) throws IOException {
		socket.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), this.consPort));
	}

	/** The WAV baresip wrote of what it heard (decoded audio), once the call ended. */
	public Optional<Path> heard() throws IOException {
		try (Stream<Path> files = Files.list(this.dir.resolve("rec"))) {
			return files.filter((p) -> p.getFileName().toString().endsWith("-dec.wav")).findFirst();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			command("quit", null);
		}
		catch (IOException ex) {
			// already gone
		}
		try {
			if (!this.process.waitFor(3, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroy();
				this.process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (this.process.isAlive()) {
				this.process.destroyForcibly();
			}
		}
	}

}
