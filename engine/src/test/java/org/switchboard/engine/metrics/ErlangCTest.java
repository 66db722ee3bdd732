package org.switchboard.engine.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ErlangCTest {

	@Test
	void matchesTheClosedFormForThreeServersAndTwoErlangs() {
		// C(3, 2) = (8/6 · 3) / (1 + 2 + 2 + 8/6 · 3) = 4/9
		assertThat(new ErlangC(3, 2, 60).probabilityOfWait()).isCloseTo(4.0 / 9.0, within(1e-12));
	}

	@Test
	void matchesTheMMOneQueueWhereWaitProbabilityEqualsLoad() {
		ErlangC mm1 = new ErlangC(1, 0.8, 100);
		assertThat(mm1.probabilityOfWait()).isCloseTo(0.8, within(1e-12));
		// M/M/1: Wq = rho / (mu - lambda) = 0.8 · 100 / 0.2
		assertThat(mm1.asaSeconds()).isCloseTo(400, within(1e-9));
	}

	@Test
	void matchesThePublishedTableForTenErlangs() {
		// The usual textbook example: 100 calls per 30 min, AHT 180 s (A = 10), target 20
		// s
		ErlangC eleven = ErlangC.of(11, 200, 180);
		ErlangC fourteen = ErlangC.of(14, 200, 180);
		assertThat(eleven.trafficErlangs()).isCloseTo(10, within(1e-12));
		assertThat(eleven.probabilityOfWait()).isCloseTo(0.6821, within(0.0001));
		assertThat(eleven.serviceLevel(20)).isCloseTo(0.3896, within(0.0001));
		assertThat(fourteen.probabilityOfWait()).isCloseTo(0.1741, within(0.0001));
		assertThat(fourteen.serviceLevel(20)).isCloseTo(0.8884, within(0.0001));
		assertThat(fourteen.asaSeconds()).isCloseTo(7.84, within(0.01));
	}

	@Test
	void matchesThePublishedFiftyFiveAgentExample() {
		// 360 calls per half hour, 4 min calls, 55 agents, 15 s target: P(wait) 0.2387,
		// ASA
		// 8.2 s, SL 84.6 %, occupancy 87.3 %
		ErlangC c = ErlangC.of(55, 720, 240);
		assertThat(c.probabilityOfWait()).isCloseTo(0.2387, within(0.0001));
		assertThat(c.asaSeconds()).isCloseTo(8.2, within(0.05));
		assertThat(c.serviceLevel(15)).isCloseTo(0.846, within(0.001));
		assertThat(c.occupancy()).isCloseTo(0.873, within(0.001));
	}

	@Test
	void agreesWithTheFactorialFormulaForModerateSizes() {
		for (int n = 1; n <= 60; n++) {
			double a = n * 0.9;
			assertThat(new ErlangC(n, a, 1).probabilityOfWait()).as("N=%d", n)
				.isCloseTo(factorialErlangC(n, a), within(1e-9));
		}
	}

	@Test
	void staysFiniteAndOrderedForThousandsOfAgents() {
		ErlangC big = new ErlangC(5000, 4900, 300);
		double p = big.probabilityOfWait();
		assertThat(p).isBetween(0.0, 1.0);
		assertThat(p).isCloseTo(0.0999, within(0.0005));
		assertThat(new ErlangC(5001, 4900, 300).probabilityOfWait()).isLessThan(p);
		assertThat(big.serviceLevel(20)).isBetween(0.9, 1.0);
	}

	@Test
	void reportsAnOverloadedQueueAsAlwaysWaiting() {
		ErlangC over = new ErlangC(10, 12, 180);
		assertThat(over.stable()).isFalse();
		assertThat(over.probabilityOfWait()).isEqualTo(1.0);
		assertThat(over.serviceLevel(20)).isZero();
		assertThat(over.asaSeconds()).isInfinite();
	}

	@Test
	void rejectsImpossibleInputs() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ErlangC(0, 1, 1)).withMessageContaining("agents");
		assertThatIllegalArgumentException().isThrownBy(() -> new ErlangC(1, -1, 1)).withMessageContaining("traffic");
		assertThatIllegalArgumentException().isThrownBy(() -> new ErlangC(1, 1, 0)).withMessageContaining("handle");
	}

	@Test
	void erlangBMatchesTheClosedFormForTwoServers() {
		// B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2
		assertThat(ErlangC.erlangB(2, 1)).isCloseTo(0.2, within(1e-12));
	}

	private static double factorialErlangC(int n, double a) {
		double sum = 0;
		double term = 1;
		for (int k = 0; k < n; k++) {
			sum += term;
			term = term * a / (k + 1);
		}
		double top = term * n / (n - a);
		return top / (sum + top);
	}

}
