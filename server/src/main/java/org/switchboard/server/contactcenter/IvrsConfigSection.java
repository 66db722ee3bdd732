package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.ivr.InvalidIvrFlowException;
import org.switchboard.engine.ivr.IvrFlow;
import org.switchboard.engine.ivr.IvrFlowError;
import org.switchboard.engine.ivr.IvrFlowValidator;
import org.switchboard.engine.ivr.IvrFlows;
import org.switchboard.engine.ivr.IvrReferences;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredAgent;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredExtension;

import org.springframework.stereotype.Component;

/**
 * The {@code ivrs} section: IVR flows in the engine's map shape (see {@link IvrFlows}),
 * checked by the engine's validator; each error names its node and is reported at that
 * node's line. Queues, calendars, agents and transfer extensions a flow names must exist.
 */
@Component
class IvrsConfigSection extends DefinitionSection {

	private final ContactCenterRepository repository;

	IvrsConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock) {
		super(repository, hook, clock, Kind.IVR, Set.of("name", "start", "nodes"));
		this.repository = repository;
	}

	@Override
	public String key() {
		return "ivrs";
	}

	@Override
	public int order() {
		return 240;
	}

	@Override
	void check(YamlMap yaml, String name, Map<String, Object> definition) {
		try {
			IvrFlow flow = IvrFlows.fromMap(name, definition);
			report(yaml, IvrFlowValidator.validate(flow));
		}
		catch (InvalidIvrFlowException ex) {
			report(yaml, ex.errors());
		}
	}

	@Override
	void checkStored(YamlMap yaml, String name, Map<String, Object> definition) {
		List<StoredAgent> agents = this.repository.listAgents();
		IvrReferences known = new IvrReferences(this.repository.definitions(Kind.QUEUE).keySet(),
				this.repository.definitions(Kind.CALENDAR).keySet(),
				Set.copyOf(agents.stream().map(StoredAgent::jobNumber).toList()),
				Set.copyOf(this.repository.listExtensions().stream().map(StoredExtension::number).toList()));
		try {
			IvrFlows.load(name, definition, known);
		}
		catch (InvalidIvrFlowException ex) {
			report(yaml, ex.errors());
		}
	}

	private static void report(YamlMap yaml, List<IvrFlowError> errors) {
		YamlMap nodes = YamlMap.of(yaml.value("nodes"), yaml.child("nodes"), new Problems());
		for (IvrFlowError error : errors) {
			if (error.node() != null && nodes.keys().contains(error.node())) {
				yaml.problems().add(nodes.lineOf(error.node()), nodes.child(error.node()), error.toString());
			}
			else {
				yaml.problem(null, error.toString());
			}
		}
	}

}
