package org.switchboard.engine.ivr;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The flow model's own rules: targets, transfer targets, templates, and guards. */
class IvrModelTest {

	@Test
	void labelsEachTargetByTheFieldThatHoldsIt() {
		IvrNode.Menu menu = new IvrNode.Menu("m", Map.of("1", "sales"), 5, 2, null, "operator");
		IvrNode.Condition condition = new IvrNode.Condition(
				List.of(new IvrNode.Branch(new IvrPredicate.CallerPrefix("86"), "china")), "world");

		assertThat(menu.targets()).containsExactly(Map.entry("option '1'", "sales"), Map.entry("onFail", "operator"));
		assertThat(condition.targets()).containsExactly(Map.entry("branch 1", "china"), Map.entry("else", "world"));
		assertThat(new IvrNode.Survey("rate", 5, null).targets()).isEmpty();
	}

	@Test
	void onlyMenuCollectAndSurveyWaitForTheCaller() {
		assertThat(new IvrNode.Menu("m", Map.of("1", "a"), 5, 2, null, null).waitsForCaller()).isTrue();
		assertThat(new IvrNode.Collect(null, "v", 1, 4, "#", 5, "a", null).waitsForCaller()).isTrue();
		assertThat(new IvrNode.Survey("rate", 5, null).waitsForCaller()).isTrue();
		assertThat(new IvrNode.Play("p", "a").waitsForCaller()).isFalse();
		assertThat(new IvrNode.Lookup("crm", Map.of(), "a", "b").waitsForCaller()).isFalse();
		assertThat(new IvrNode.Goto("a").waitsForCaller()).isFalse();
	}

	@Test
	void parsesTheThreeKindsOfTransferTarget() {
		assertThat(TransferTarget.parse("agent:a7")).isEqualTo(new TransferTarget(TransferTarget.Kind.AGENT, "a7"));
		assertThat(TransferTarget.parse("extension:1001").kind()).isEqualTo(TransferTarget.Kind.EXTENSION);
		assertThat(TransferTarget.parse("external:+86 10 1234").destination()).isEqualTo("+86 10 1234");
		assertThatIllegalArgumentException().isThrownBy(() -> TransferTarget.parse("agent:"));
		assertThatIllegalArgumentException().isThrownBy(() -> TransferTarget.parse("queue:sales"))
			.withMessage("'queue:sales' is not a transfer target; write agent:ID, extension:NUMBER or external:NUMBER");
	}

	@Test
	void substitutesVariablesAndSpotsMalformedReferences() {
		assertThat(Templates.substitute("order-${status}-${ lang }", Map.of("status", "shipped", "lang", "en")))
			.isEqualTo("order-shipped-en");
		assertThat(Templates.substitute("cost $5 ${missing}.", Map.of())).isEqualTo("cost $5 .");
		assertThat(Templates.problem("a ${b} c")).isNull();
		assertThat(Templates.problem("a ${b")).contains("without a closing }");
		assertThat(Templates.problem("a ${ }")).contains("empty ${} reference");
	}

	@Test
	void rejectsNodesThatCouldNotRun() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IvrNode.Menu("m", Map.of("1", "a"), 0, 2, null, null))
			.withMessage("timeoutSeconds must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> new IvrNode.Collect(null, "v", 5, 4, null, 5, "a", null))
			.withMessage("minDigits must be from 0 to maxDigits");
	}

}
