package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.Destination;
import org.switchboard.server.configfile.ConfigSection;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.configfile.SectionResult.Change;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredRoute;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code inboundRoutes} section: dialled numbers and where their calls go
 * ({@code ivr:NAME}, {@code queue:NAME}, {@code agent:ID}, {@code extension:NUMBER},
 * ...), optionally elsewhere while a calendar is closed. An extension must be configured
 * (in this file or before); the problem is worded in the user's language.
 *
 * <pre>
 * inboundRoutes:
 *   - {number: "800", destination: "ivr:main", calendar: office, closedDestination: "voicemail:general"}
 *   - {number: "801", destination: "extension:1001"}
 * </pre>
 */
@Component
class InboundRoutesConfigSection implements ConfigSection<List<InboundRoutesConfigSection.Item>> {

	private final ContactCenterRepository repository;

	private final ImportHook hook;

	private final Clock clock;

	private final MessageSource messages;

	InboundRoutesConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock,
			MessageSource messages) {
		this.repository = repository;
		this.hook = hook;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "inboundRoutes";
	}

	@Override
	public int order() {
		return 250;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> routes = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (YamlMap yaml : ExtensionsConfigSection.yamlItems(node, key(), problems)) {
			yaml.allowOnly(Set.of("number", "destination", "calendar", "closedDestination"));
			String number = yaml.requiredString("number");
			if (!number.isEmpty() && seen.putIfAbsent(number, yaml.line()) != null) {
				yaml.problem("number", "'" + number + "' is routed twice (first on line " + seen.get(number) + ")");
			}
			String destination = destination(yaml, "destination", true);
			String closed = destination(yaml, "closedDestination", false);
			routes.add(new Item(yaml,
					new StoredRoute(number, destination, yaml.optionalString("calendar", null), closed)));
		}
		return routes;
	}

	private static String destination(YamlMap yaml, String key, boolean required) {
		String text = required ? yaml.requiredString(key) : yaml.optionalString(key, null);
		if (text == null || text.isEmpty()) {
			return text;
		}
		try {
			return Destination.parse(text).toString();
		}
		catch (IllegalArgumentException ex) {
			yaml.problem(key, ex.getMessage());
			return text;
		}
	}

	@Override
	public SectionResult apply(List<Item> routes, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : routes) {
			StoredRoute route = item.route();
			boolean unknown = unknownExtension(item.yaml(), "destination", route.destination());
			unknown |= unknownExtension(item.yaml(), "closedDestination", route.closedDestination());
			if (!unknown) {
				changes.add(Change.valueOf(this.repository.saveRoute(route, this.clock.instant()).name()));
			}
		}
		this.hook.register();
		return SectionResult.count(key(), changes);
	}

	/**
	 * Whether {@code destination} is an extension that is not configured; if so, the
	 * problem is recorded at {@code key}.
	 */
	private boolean unknownExtension(YamlMap yaml, String key, String destination) {
		Destination parsed;
		try {
			parsed = (destination != null) ? Destination.parse(destination) : null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (parsed == null || parsed.kind() != Destination.Kind.EXTENSION
				|| this.repository.findExtension(parsed.target()).isPresent()) {
			return false;
		}
		yaml.problem(key, this.messages.getMessage("center.error.unknownExtension", new Object[] { parsed.target() },
				LocaleContextHolder.getLocale()));
		return true;
	}

	@Override
	public Object export() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (StoredRoute route : this.repository.listRoutes()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("number", route.number());
			map.put("destination", route.destination());
			if (route.calendar() != null) {
				map.put("calendar", route.calendar());
			}
			if (route.closedDestination() != null) {
				map.put("closedDestination", route.closedDestination());
			}
			list.add(map);
		}
		return list;
	}

	/** One route with where it was read. */
	record Item(YamlMap yaml, StoredRoute route) {
	}

}
