package org.switchboard.server.ops;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.switchboard.server.SwitchboardApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Start-up against a database that cannot be used fails with a one-line reason. */
class DatabaseUnreachableFailureAnalyzerTests {

	private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();

	@Test
	void explainsConnectionRefusedInOneLine() {
		Exception failure = new IllegalStateException("context failed",
				new SQLException("Connection to 127.0.0.1:1 refused.\nmore detail", "08001"));
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis.getDescription())
			.isEqualTo("Cannot use the database: Connection to 127.0.0.1:1 refused. (SQLSTATE 08001)");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void explainsWrongPasswordAndSocketFailures() {
		assertThat(DatabaseUnreachableFailureAnalyzer
			.reason(new RuntimeException(new SQLException("password authentication failed", "28P01"))))
			.contains("28P01");
		assertThat(DatabaseUnreachableFailureAnalyzer.reason(new RuntimeException(new ConnectException("refused"))))
			.isEqualTo("ConnectException: refused");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(this.analyzer.analyze(new IllegalStateException("bean problem"))).isNull();
		assertThat(this.analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
	}

	@Test
	void startUpAgainstAClosedPortFailsWithAnAnalysableCause() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SpringApplication application = new SpringApplication(SwitchboardApplication.class);
		Throwable failure = catchThrowable(() -> application.run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/calls",
				"--spring.datasource.hikari.connection-timeout=2000", "--logging.file.name=",
				"--switchboard.data-dir=./target/test-data"));
		assertThat(failure).isNotNull();
		assertThat(DatabaseUnreachableFailureAnalyzer.reason(failure)).contains(String.valueOf(closedPort))
			.contains("08001");
	}

}
