package org.switchboard.server.sip;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.switchboard.telephony.testphone.Tone;

/**
 * One headless baresip (Debian baresip-core) as a real softphone: plays a tone WAV as its
 * microphone, takes commands over {@code ctrl_tcp} and key presses over the {@code cons}
 * UDP socket. A trimmed version of telephony's own end-to-end driver, whose classes are
 * private to its test package.
 */
final class BaresipPhone implements AutoCloseable {

	private final Path dir;

	private final int ctrlPort;

	private final int consPort;

	private final Process process;

	private BaresipPhone(Path dir, int ctrlPort, int consPort, Process process) {
		this.dir = dir;
		this.ctrlPort = ctrlPort;
		this.consPort = consPort;
		this.process = process;
	}

	/** The baresip binary on the PATH, if installed. */
	static Optional<Path> binary() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((entry) -> Path.of(entry, "baresip"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	static BaresipPhone start(Path binary, Path dir, int sipPort, String rtpPorts, int ctrlPort, int consPort,
			double toneHz, String account) throws IOException {
		Files.createDirectories(dir);
		Path wav = dir.resolve("tone.wav");
		writeTone(wav, toneHz, 40);
		List<String> config = List.of("poll_method\t\tepoll", "sip_listen\t\t127.0.0.1:" + sipPort,
				"net_interface\t\t127.0.0.1", "audio_player\t\taubridge,sink", "audio_source\t\taufile," + wav,
				"audio_alert\t\taubridge,sink", "rtp_ports\t\t" + rtpPorts, "module_path\t\t/usr/lib/baresip/modules",
				"module\t\t\tcons.so", "module\t\t\tg711.so", "module\t\t\taubridge.so", "module\t\t\taufile.so",
				"module_tmp\t\tuuid.so", "module_tmp\t\taccount.so", "module_app\t\tcontact.so",
				"module_app\t\tmenu.so", "module_app\t\tctrl_tcp.so", "cons_listen\t\t127.0.0.1:" + consPort,
				"ctrl_tcp_listen\t\t127.0.0.1:" + ctrlPort);
		Files.write(dir.resolve("config"), config);
		Files.writeString(dir.resolve("accounts"), account + "\n");
		Files.writeString(dir.resolve("contacts"), "");
		Process process = new ProcessBuilder(binary.toString(), "-f", dir.toString()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("log.txt").toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		return new BaresipPhone(dir, ctrlPort, consPort, process);
	}

	String log() {
		try {
			Path log = this.dir.resolve("log.txt");
			return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Sends a ctrl_tcp command (netstring-framed JSON). */
	void command(String command, String params) throws IOException {
		String json = "{\"command\":\"" + command + "\",\"token\":\"t1\""
				+ ((params != null) ? ",\"params\":\"" + params + "\"" : "") + "}";
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.ctrlPort)) {
			OutputStream out = socket.getOutputStream();
			out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.write(',');
			out.flush();
		}
	}

	/** Presses keys on the console, each followed by the key release baresip expects. */
	void press(String keys) throws IOException, InterruptedException {
		try (DatagramSocket socket = new DatagramSocket()) {
			for (char key : keys.toCharArray()) {
				send(socket, (byte) key);
				TimeUnit.MILLISECONDS.sleep(150);
				send(socket, (byte) 4);
				TimeUnit.MILLISECONDS.sleep(250);
			}
		}
	}

	private void send(DatagramSocket socket, byte key) throws IOException {
		byte[] data = { key };
		socket.send(new DatagramPacket(data, 1, InetAddress.getLoopbackAddress(), this.consPort));
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
			if (!this.process.waitFor(3, TimeUnit.SECONDS)) {
				this.process.destroy();
				this.process.waitFor(2, TimeUnit.SECONDS);
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

	private static void writeTone(Path file, double hz, int seconds) throws IOException {
		int n = 8000 * seconds;
		ByteBuffer wav = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
		wav.putInt(0x46464952).putInt(36 + 2 * n).putInt(0x45564157);
		wav.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1);
		wav.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
		wav.putInt(0x61746164).putInt(2 * n);
		for (short sample : Tone.sine(hz, n, 0)) {
			wav.putShort(sample);
		}
		Files.write(file, wav.array());
	}

	/**
	 * Rough frequency of one channel of a 16-bit stereo 8 kHz WAV (Switchboard's
	 * recordings), over the second before its last half second.
	 */
	static double frequencyNearEnd(Path stereoWav, int channel) throws IOException {
		ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(stereoWav)).order(ByteOrder.LITTLE_ENDIAN);
		int frames = (wav.limit() - 44) / 4;
		short[] samples = new short[frames];
		for (int i = 0; i < frames; i++) {
			samples[i] = wav.getShort(44 + 4 * i + 2 * channel);
		}
		return Tone.frequency(samples, Math.max(0, frames - 12000), Math.max(0, frames - 4000));
	}

}
