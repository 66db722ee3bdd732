package org.switchboard.engine;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.CenterConfig.InboundRoute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CenterConfigTest {

	@Test
	void namesTheAgentWithAnUnknownQueue() {
		assertThatThrownBy(() -> CenterConfig.builder().agent(AgentConfig.of("anna").queue("nowhere")).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("anna")
			.hasMessageContaining("nowhere");
	}

	@Test
	void namesTheQueueWithAnUnknownStrategy() {
		assertThatThrownBy(() -> QueueConfig.named("sales").strategy("fastest").build()).hasMessageContaining("sales")
			.hasMessageContaining("fastest")
			.hasMessageContaining("longest-idle");
	}

	@Test
	void rejectsSkillLevelsOutsideOneToTen() {
		assertThatThrownBy(() -> AgentConfig.of("anna").skill("de", 11).build()).hasMessageContaining("de")
			.hasMessageContaining("1 to 10");
		assertThatThrownBy(() -> QueueConfig.named("q").requiredSkill("fr", 0).build()).hasMessageContaining("fr");
	}

	@Test
	void rejectsOverflowToAnUnknownQueue() {
		assertThatThrownBy(
				() -> CenterConfig.builder().queue(QueueConfig.named("sales").maxWait(60, "queue:ghost")).build())
			.hasMessageContaining("sales")
			.hasMessageContaining("ghost");
	}

	@Test
	void rejectsALimitWithoutADestination() {
		assertThatThrownBy(() -> new QueueConfig("q", "linear", java.util.Map.of(), 0, 20, 0, 20, 30, null, 0, null,
				true, false, null, 0, null, 0, 30, 30, null, null, 180))
			.hasMessageContaining("maxWaitSeconds");
	}

	@Test
	void rejectsDuplicatesAndUnknownCalendars() {
		assertThatThrownBy(
				() -> CenterConfig.builder().queue(QueueConfig.named("q")).queue(QueueConfig.named("q")).build())
			.hasMessageContaining("'q' is defined twice");
		assertThatThrownBy(() -> CenterConfig.builder()
			.queue(QueueConfig.named("q"))
			.route(new InboundRoute("100", Destination.queue("q"), "office", null))
			.build()).hasMessageContaining("office");
	}

	@Test
	void parsesEveryDestinationForm() {
		assertThat(Destination.parse("queue:sales")).isEqualTo(Destination.queue("sales"));
		assertThat(Destination.parse("hangup").kind()).isEqualTo(Destination.Kind.HANGUP);
		assertThat(Destination.parse("relax-skills").kind()).isEqualTo(Destination.Kind.RELAX_SKILLS);
		assertThat(Destination.parse("external:+4930").toString()).isEqualTo("external:+4930");
		assertThatThrownBy(() -> Destination.parse("fax:123")).hasMessageContaining("fax:123");
	}

}
