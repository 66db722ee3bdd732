package org.switchboard.server.durability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.switchboard.telephony.testphone.FreePorts;

/**
 * The built server jar run as a child process of the test, on free loopback ports, with
 * its own data directory (H2 file database, logs), talked to over HTTP as the first
 * administrator.
 */
final class ServerProcess implements AutoCloseable {

	static final String ADMIN_PASSWORD = "Durable-Admin-Pass-1";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	final int httpPort;

	final int sipPort;

	private final Process process;

	private final Path output;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ServerProcess(Process process, Path output, int httpPort, int sipPort) {
		this.process = process;
		this.output = output;
		this.httpPort = httpPort;
		this.sipPort = sipPort;
	}

	/** Starts {@code jar} on {@code dataDir} and waits until it reports healthy. */
	static ServerProcess start(Path jar, Path dataDir, String name) throws Exception {
		int httpPort = freeTcpPort();
		int sipPort = FreePorts.sipPort();
		int rtp = FreePorts.rtpRange(100);
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
				jar.toAbsolutePath().toString(), "--server.port=" + httpPort, "--server.address=127.0.0.1",
				"--switchboard.data-dir=" + dataDir.toAbsolutePath(), "--switchboard.admin.password=" + ADMIN_PASSWORD,
				"--switchboard.sip.enabled=true", "--switchboard.sip.host=127.0.0.1",
				"--switchboard.sip.port=" + sipPort, "--switchboard.rtp.port-min=" + rtp,
				"--switchboard.rtp.port-max=" + (rtp + 99), "--spring.main.banner-mode=off"));
		Path output = dataDir.resolve(name + ".out");
		Files.createDirectories(dataDir);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		ServerProcess server = new ServerProcess(process, output, httpPort, sipPort);
		server.awaitHealthy();
		return server;
	}

	private void awaitHealthy() throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("server exited with " + this.process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<String> health = get("/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("server not healthy within " + START_TIMEOUT + ":\n" + tail());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		return this.http.send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The first event of a server-sent event stream, as its {@code data} text. */
	String firstEvent(String path) throws IOException, InterruptedException {
		HttpResponse<java.util.stream.Stream<String>> response = this.http.send(
				request(path).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
		try (java.util.stream.Stream<String> lines = response.body()) {
			return lines.filter((line) -> line.startsWith("data:"))
				.map((line) -> line.substring(5))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(path + " ended without an event"));
		}
	}

	private HttpRequest.Builder request(String path) {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic " + credentials);
	}

	/** SIGKILL: no shutdown hook, no graceful stop, no buffer drained. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** What the process printed last, for failure messages. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.output, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static int freeTcpPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
