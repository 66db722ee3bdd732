package org.switchboard.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.CenterConfig.InboundRoute;
import org.switchboard.engine.ivr.IvrFlow;
import org.switchboard.engine.ivr.IvrNode;
import org.switchboard.engine.ivr.TransferTarget;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.EndedBy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extension:NUMBER}, an internal phone that is not an agent's: wherever the
 * contact is sent there (IVR transfer node, inbound route, overflow, an agent's
 * transfer), the engine hands it to telephony with {@link Action.TransferExtension} and
 * the contact ends, like a transfer to an external number.
 */
class ExtensionTransferTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales"))
		.queue(QueueConfig.named("night").refuseWhenEmpty("extension:1003"))
		.agent(AgentConfig.of("a1").queue("sales"))
		.agent(AgentConfig.of("n1").queue("night"))
		.ivr(flow())
		.route(new InboundRoute("805", Destination.parse("extension:1002"), null, null))
		.build());

	private static IvrFlow flow() {
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		nodes.put("menu",
				new IvrNode.Menu("welcome", Map.of("1", "sales", "9", "reception", "8", "abroad"), 5, 1, null, null));
		nodes.put("sales", new IvrNode.Queue("sales", java.util.OptionalInt.empty()));
		nodes.put("reception", new IvrNode.Transfer(TransferTarget.parse("extension:1001")));
		nodes.put("abroad", new IvrNode.Transfer(TransferTarget.parse("external:+4930555")));
		return new IvrFlow("main", "menu", nodes);
	}

	@Test
	void ivrTransferNodeToAnExtensionHandsTheCallerToTelephonyAndEndsTheContact() {
		this.center.call("c1", "ivr:main");

		this.center.send(new Input.DigitsCollected("c1", "9"));

		assertThat(this.center.actions).last().isEqualTo(new Action.TransferExtension("c1", "1001"));
		assertThat(this.center.actions).noneMatch((action) -> action instanceof Action.TransferExternal
				|| action instanceof Action.RingAgent || action instanceof Action.Disconnect);
		assertThat(this.center.contactEventTypes("c1")).last().isEqualTo("CONTACT_ENDED");
		assertThat(this.center.events(ContactEnded.class)).singleElement()
			.satisfies((ended) -> assertThat(ended.endedBy()).isEqualTo(EndedBy.SYSTEM));
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void callerHangingUpAfterTheTransferIsNoAbandon() {
		this.center.call("c1", "ivr:main");
		this.center.send(new Input.DigitsCollected("c1", "9"));
		this.center.clear();

		this.center.send(new Input.CallerHungUp("c1"));

		assertThat(this.center.events(ContactAbandoned.class)).isEmpty();
		assertThat(this.center.actions).isEmpty();
		assertThat(this.center.violations()).isEmpty();
	}

	@Test
	void ivrTransferNodeToAnExternalNumberStillTransfersOut() {
		this.center.call("c1", "ivr:main");

		this.center.send(new Input.DigitsCollected("c1", "8"));

		assertThat(this.center.actions).last().isEqualTo(new Action.TransferExternal("c1", "+4930555"));
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void inboundRouteToAnExtensionHandsTheCallerOverAtTheDoor() {
		this.center.send(new Input.ContactArrives("c1", "+15550001", "805", null, Map.of()));

		assertThat(this.center.actions).containsExactly(new Action.TransferExtension("c1", "1002"));
		assertThat(this.center.contactEventTypes("c1")).containsExactly("CONTACT_ARRIVED", "CONTACT_ENDED");
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void entryNamedByTelephonyMayBeAnExtension() {
		this.center.call("c1", "extension:1002");

		assertThat(this.center.actions).containsExactly(new Action.TransferExtension("c1", "1002"));
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void queueOverflowCanGoToAnExtension() {
		this.center.call("c1", "queue:night");

		assertThat(this.center.events(ContactOverflowed.class)).singleElement()
			.satisfies((overflow) -> assertThat(overflow.target()).isEqualTo("extension:1003"));
		assertThat(this.center.actions).last().isEqualTo(new Action.TransferExtension("c1", "1003"));
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void agentTransferToAnExtensionEndsTheAgentsPartAndTheContact() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));

		this.center.send(new Input.Transfer("c1", "a1", "extension:1001"));

		assertThat(this.center.actions).last().isEqualTo(new Action.TransferExtension("c1", "1001"));
		assertThat(this.center.engine.activeContacts()).isZero();
		assertThat(this.center.state("a1")).isIn(AgentStateName.WRAP_UP, AgentStateName.READY);
	}

	@Test
	void extensionDestinationsParseAndPrint() {
		Destination destination = Destination.parse("extension:1001");

		assertThat(destination.kind()).isEqualTo(Destination.Kind.EXTENSION);
		assertThat(destination.target()).isEqualTo("1001");
		assertThat(destination).hasToString("extension:1001");
	}

}
