package org.switchboard.server.ivrdata;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.Input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IvrDataLookupsTest {

	/**
	 * Generous, so that a loaded machine does not turn a normal answer into a timeout.
	 */
	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	/** For the slow source only, which answers after {@link #SLOW_ANSWER}. */
	private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

	private static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

	private final List<String> requested = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private HttpServer http;

	private HttpClient client;

	@BeforeEach
	void startHttp() throws IOException {
		this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.http.createContext("/orders", this::orders);
		this.http.start();
		this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
	}

	@AfterEach
	void stopHttp() {
		this.http.stop(0);
	}

	private void orders(HttpExchange exchange) throws IOException {
		this.requested.add(exchange.getRequestURI().getRawQuery());
		String phone = exchange.getRequestURI().getQuery().replace("phone=", "");
		switch (phone) {
			case "+86 138 0000 0001" -> reply(exchange, 200,
					"{\"status\":\"shipped\",\"count\":2,\"vip\":true,\"none\":null,\"last\":{\"id\":\"A-7\"}}");
			case "broken" -> reply(exchange, 500, "{}");
			case "slow" -> {
				try {
					Thread.sleep(SLOW_ANSWER.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				reply(exchange, 200, "{\"late\":\"yes\"}");
			}
			default -> reply(exchange, 404, "");
		}
	}

	private static void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private IvrDataLookups lookups(Map<String, DataSource> sources, List<Input> answers, int threads, int queue) {
		return new IvrDataLookups(sources, answers::add, new IvrDataProperties(TIMEOUT, threads, queue, Map.of()),
				this.meters);
	}

	private DataSource orders() {
		return orders(TIMEOUT);
	}

	private DataSource orders(Duration timeout) {
		return new HttpSource("http://127.0.0.1:" + this.http.getAddress().getPort() + "/orders?phone={number}",
				this.client, timeout);
	}

	private Input.DataLookedUp lookUp(String number) {
		return lookUp(number, orders());
	}

	private Input.DataLookedUp lookUp(String number, DataSource orders) {
		try (IvrDataLookups lookups = lookups(Map.of("orders", orders), new CopyOnWriteArrayList<>(), 1, 1)) {
			return lookups.answer(new Action.LookupData("c1", "orders", Map.of("number", number)));
		}
	}

	private double count(String outcome) {
		return this.meters.counter("switchboard.ivr.lookups", "source", "orders", "outcome", outcome).count();
	}

	@Test
	void httpSourceFindsTheScalarFieldsAndEncodesTheParameter() {
		Input.DataLookedUp answer = lookUp("+86 138 0000 0001");

		assertThat(answer.found()).isTrue();
		assertThat(answer.contactId()).isEqualTo("c1");
		assertThat(answer.values()).containsExactlyInAnyOrderEntriesOf(
				Map.of("status", "shipped", "count", "2", "vip", "true", "last.id", "A-7"));
		assertThat(this.requested).containsExactly("phone=%2B86%20138%200000%200001");
		assertThat(count("found")).isEqualTo(1);
	}

	@Test
	void notFoundOn404AndOnAFailingSource() {
		assertThat(lookUp("unknown").found()).isFalse();
		assertThat(count("not-found")).isEqualTo(1);

		Input.DataLookedUp broken = lookUp("broken");
		assertThat(broken.found()).isFalse();
		assertThat(broken.values()).isEmpty();
		assertThat(count("failed")).isEqualTo(1);
	}

	@Test
	void aSlowSourceIsNotFoundOnceTheTimeoutIsOver() {
		long start = System.nanoTime();

		Input.DataLookedUp answer = lookUp("slow", orders(SHORT_TIMEOUT));

		assertThat(answer.found()).as("the answer came after the timeout").isFalse();
		assertThat(count("timeout")).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not waiting for the slow answer")
			.isLessThan(SLOW_ANSWER);
	}

	@Test
	void anUnknownSourceIsAnsweredNotFound() {
		List<Input> answers = new CopyOnWriteArrayList<>();
		try (IvrDataLookups lookups = lookups(Map.of("orders", orders()), answers, 1, 1)) {
			lookups.execute(List.of(new Action.PlayPrompt("c2", "welcome", Map.of()),
					new Action.LookupData("c2", "crm", Map.of())));

			assertThat(awaitAnswers(answers, 1)).singleElement()
				.isEqualTo(new Input.DataLookedUp("c2", false, Map.of()));
		}
	}

	@Test
	void lookUpsBeyondTheQueueAreAnsweredAtOnceAndNoneIsLost() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		DataSource blocking = (parameters) -> {
			release.await(5, TimeUnit.SECONDS);
			return Optional.of(Map.of("n", parameters.get("n")));
		};
		List<Input> answers = new CopyOnWriteArrayList<>();
		try (IvrDataLookups lookups = lookups(Map.of("slow", blocking), answers, 1, 1)) {
			lookups.execute(List.of(new Action.LookupData("a", "slow", Map.of("n", "1")),
					new Action.LookupData("b", "slow", Map.of("n", "2")),
					new Action.LookupData("c", "slow", Map.of("n", "3"))));
			assertThat(awaitAnswers(answers, 1)).containsExactly(new Input.DataLookedUp("c", false, Map.of()));

			release.countDown();

			assertThat(awaitAnswers(answers, 3)).contains(new Input.DataLookedUp("a", true, Map.of("n", "1")),
					new Input.DataLookedUp("b", true, Map.of("n", "2")));
		}
	}

	@Test
	void refusesAConfigurationThatShadowsTheCustomerSourceOrIsNoUrl() {
		assertThatThrownBy(() -> new IvrDataProperties(TIMEOUT, 1, 1, Map.of("customer", "http://x/")))
			.hasMessageContaining("switchboard.ivr-data.http.customer");
		assertThatThrownBy(() -> new IvrDataProperties(TIMEOUT, 1, 1, Map.of("orders", "ftp://x/")))
			.hasMessageContaining("not an http(s) URL");
	}

	private static List<Input> awaitAnswers(List<Input> answers, int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		try {
			while (answers.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return List.copyOf(answers);
	}

}
