package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.Map;

import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the stored contact-center configuration, in the configuration file's shape
 * (extensions without any secret).
 */
@RestController
@RequestMapping("/api")
class ContactCenterApiController {

	private final ContactCenterRepository repository;

	private final ExtensionsConfigSection extensions;

	private final AgentsConfigSection agents;

	private final InboundRoutesConfigSection routes;

	ContactCenterApiController(ContactCenterRepository repository, ExtensionsConfigSection extensions,
			AgentsConfigSection agents, InboundRoutesConfigSection routes) {
		this.repository = repository;
		this.extensions = extensions;
		this.agents = agents;
		this.routes = routes;
	}

	@GetMapping("/queues")
	List<Map<String, Object>> queues() {
		return List.copyOf(this.repository.definitions(Kind.QUEUE).values());
	}

	@GetMapping("/calendars")
	List<Map<String, Object>> calendars() {
		return List.copyOf(this.repository.definitions(Kind.CALENDAR).values());
	}

	@GetMapping("/ivrs")
	List<Map<String, Object>> ivrs() {
		return List.copyOf(this.repository.definitions(Kind.IVR).values());
	}

	@GetMapping("/extensions")
	Object extensions() {
		return this.extensions.export();
	}

	@GetMapping("/agents")
	Object agents() {
		return this.agents.export();
	}

	@GetMapping("/inbound-routes")
	Object inboundRoutes() {
		return this.routes.export();
	}

}
