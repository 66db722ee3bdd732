package org.switchboard.server.sip;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.Input;

import static org.assertj.core.api.Assertions.assertThat;

class LegReconcilerTests {

	final List<Input> submitted = new CopyOnWriteArrayList<>();

	final LegReconciler reconciler = new LegReconciler(this.submitted::add);

	@Test
	void reportsTheLiveLegs() {
		this.reconciler.reconcile(Set.of("c1", "c2"));

		assertThat(this.submitted).containsExactly(new Input.LegsPresent(Set.of("c1", "c2")));
	}

	@Test
	void contactArrivedAfterTheLegsWereCountedIsStillReportedPresentOnce() {
		Input arrives = new Input.ContactArrives("c3", "13800000001", "800", null, Map.of());
		this.reconciler.submit(arrives);

		this.reconciler.reconcile(Set.of("c1"));
		this.reconciler.reconcile(Set.of("c1"));

		assertThat(this.submitted).containsExactly(arrives, new Input.LegsPresent(Set.of("c1", "c3")),
				new Input.LegsPresent(Set.of("c1")));
	}

	@Test
	void passesOtherInputsThroughUnchanged() {
		Input digits = new Input.DigitsCollected("c1", "1");
		this.reconciler.submit(digits);

		assertThat(this.submitted).containsExactly(digits);
	}

}
