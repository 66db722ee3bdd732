package org.switchboard.telephony.testphone;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.telephony.ActionSink;
import org.switchboard.telephony.ContactCenterLink;

/**
 * A stand-in for the engine on its own single-writer thread: an IVR entry collects one
 * digit, an agent entry rings the agents without answering the caller, a queue entry
 * plays music on hold and rings the agents in order, an answer is bridged;
 * "voicemail:BOX", "external:NUMBER" and "extension:NUMBER" entries send the caller there
 * at once. Enough to drive the B2BUA through every signalling path.
 */
public final class ScriptedEngine implements ContactCenterLink, AutoCloseable {

	private final ExecutorService loop = Executors.newSingleThreadExecutor();

	private final List<String> agents;

	private final Duration ringTimeout;

	private final Map<String, Integer> nextAgent = new ConcurrentHashMap<>();

	private volatile ActionSink sink;

	public ScriptedEngine(List<String> agents, Duration ringTimeout) {
		this.agents = agents;
		this.ringTimeout = ringTimeout;
	}

	public void sink(ActionSink sink) {
		this.sink = sink;
	}

	@Override
	public void submit(Input input) {
		this.loop.execute(() -> handle(input));
	}

	private void handle(Input input) {
		if (input instanceof Input.ContactArrives arrives) {
			if (arrives.entry().startsWith("agent:")) {
				ringNext(arrives.contactId());
			}
			else if (arrives.entry().startsWith("voicemail:")) {
				execute(new Action.Voicemail(arrives.contactId(), arrives.entry().substring("voicemail:".length())));
			}
			else if (arrives.entry().startsWith("extension:")) {
				execute(new Action.TransferExtension(arrives.contactId(),
						arrives.entry().substring("extension:".length())));
			}
			else if (arrives.entry().startsWith("external:")) {
				execute(new Action.TransferExternal(arrives.contactId(),
						arrives.entry().substring("external:".length())));
			}
			else if (arrives.entry().startsWith("ivr:")) {
				execute(new Action.CollectDigits(arrives.contactId(), "menu", 1, "#", Duration.ofSeconds(10)));
			}
			else {
				queue(arrives.contactId());
			}
		}
		else if (input instanceof Input.DigitsCollected digits && !digits.digits().isEmpty()) {
			queue(digits.contactId());
		}
		else if (input instanceof Input.AgentRingFailed failed) {
			ringNext(failed.contactId());
		}
		else if (input instanceof Input.AgentAnswered answered) {
			execute(new Action.Bridge(answered.contactId(), answered.agentId()));
		}
	}

	private void queue(String contactId) {
		execute(new Action.StartMusicOnHold(contactId, "sales"));
		ringNext(contactId);
	}

	private void ringNext(String contactId) {
		int index = this.nextAgent.merge(contactId, 1, Integer::sum) - 1;
		if (index < this.agents.size()) {
			execute(new Action.RingAgent(contactId, this.agents.get(index), this.ringTimeout));
		}
	}

	private void execute(Action action) {
		this.sink.execute(action);
	}

	@Override
	public void close() {
		this.loop.shutdownNow();
	}

}
