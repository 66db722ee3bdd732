package org.switchboard.server.centeradmin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.server.configfile.ConfigProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages (CONFIGURE) for the contact-center configuration: an overview, a list and a
 * form per kind of item. A bad form comes back with what was typed and the problems next
 * to their fields.
 */
@Controller
@RequestMapping("/admin/center")
class CenterAdminController {

	private static final Pattern QUOTED_KEY = Pattern.compile("^'([A-Za-z.]+)'");

	private final CenterItems items;

	private final MessageSource messages;

	CenterAdminController(CenterItems items, MessageSource messages) {
		this.items = items;
		this.messages = messages;
	}

	@GetMapping
	String overview(Model model) {
		Map<CenterEntity, Integer> counts = new LinkedHashMap<>();
		for (CenterEntity entity : CenterEntity.values()) {
			counts.put(entity, this.items.list(entity).size());
		}
		model.addAttribute("counts", counts);
		return "admin/center/index";
	}

	@GetMapping("/{path}")
	String list(@PathVariable String path, Model model) {
		CenterEntity entity = entity(path);
		List<Map<String, String>> rows = new ArrayList<>();
		for (Map<String, Object> item : this.items.list(entity)) {
			Map<String, String> row = ItemForm.values(entity, item);
			row.put("_id", CenterItems.idOf(entity, item));
			rows.add(row);
		}
		model.addAttribute("entity", entity);
		model.addAttribute("rows", rows);
		return "admin/center/list";
	}

	@GetMapping("/{path}/new")
	String create(@PathVariable String path, Model model) {
		CenterEntity entity = entity(path);
		return form(model, entity, null, ItemForm.initial(entity), Map.of(), List.of());
	}

	@GetMapping("/{path}/edit")
	String edit(@PathVariable String path, @RequestParam String id, Model model) {
		CenterEntity entity = entity(path);
		Map<String, Object> item = this.items.find(entity, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return form(model, entity, id, ItemForm.values(entity, item), Map.of(), List.of());
	}

	@PostMapping("/{path}")
	String save(@PathVariable String path, @RequestParam MultiValueMap<String, String> params, Principal principal,
			Model model, RedirectAttributes redirect) {
		CenterEntity entity = entity(path);
		String original = blankToNull(params.getFirst("original"));
		Map<String, String> values = new LinkedHashMap<>();
		entity.fields().forEach((field) -> values.put(field.name(), params.getFirst(field.name())));
		if (original != null) {
			values.put(entity.idField(), original);
		}
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		Map<String, Object> existing = (original != null)
				? this.items.find(entity, original).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
				: Map.of();
		Map<String, Object> item = ItemForm.apply(entity, existing, values, fieldErrors);
		String id = CenterItems.idOf(entity, item);
		if (id.isBlank()) {
			fieldErrors.put(entity.idField(), "center.error.required");
		}
		else if (original == null && this.items.find(entity, id).isPresent()) {
			fieldErrors.put(entity.idField(), "center.error.exists");
		}
		fieldErrors.replaceAll((field, key) -> text(key));
		if (!fieldErrors.isEmpty()) {
			return form(model, entity, original, values, fieldErrors, List.of());
		}
		boolean validateOnly = "validate".equals(params.getFirst("action"));
		List<ConfigProblem> problems = validateOnly ? this.items.validate(entity, original, item, principal.getName())
				: this.items.save(entity, original, item, principal.getName());
		if (!problems.isEmpty() || validateOnly) {
			List<String> general = new ArrayList<>();
			place(entity, this.items.itemPath(entity, original), problems, fieldErrors, general);
			model.addAttribute("valid", problems.isEmpty());
			return form(model, entity, original, values, fieldErrors, general);
		}
		redirect.addFlashAttribute("saved", id);
		return "redirect:/admin/center/" + entity.path();
	}

	/** Puts each problem next to the field it names, or in the general list. */
	static void place(CenterEntity entity, String itemPath, List<ConfigProblem> problems,
			Map<String, String> fieldErrors, List<String> general) {
		for (ConfigProblem problem : problems) {
			String field = fieldOf(entity, itemPath, problem);
			if (field != null) {
				fieldErrors.merge(field, problem.message(), (a, b) -> a + "; " + b);
			}
			else {
				general.add((problem.path().isEmpty() || problem.path().equals(itemPath)) ? problem.message()
						: problem.path() + ": " + problem.message());
			}
		}
	}

	private static String fieldOf(CenterEntity entity, String itemPath, ConfigProblem problem) {
		String rest;
		if (problem.path().startsWith(itemPath + ".")) {
			rest = problem.path().substring(itemPath.length() + 1);
		}
		else if (problem.path().equals(itemPath)) {
			Matcher quoted = QUOTED_KEY.matcher(problem.message());
			rest = quoted.find() ? quoted.group(1) : mentionedField(entity, problem.message());
		}
		else {
			return null;
		}
		for (Field field : entity.fields()) {
			if (rest.equals(field.name()) || rest.startsWith(field.name() + ".")
					|| rest.startsWith(field.name() + "[")) {
				return field.name();
			}
		}
		return null;
	}

	/**
	 * The field an item-level message talks about, e.g. {@code emptyTarget} in "has no
	 * emptyTarget" or {@code timeZone} in "unknown time zone"; {@code ""} when none.
	 */
	private static String mentionedField(CenterEntity entity, String message) {
		for (Field field : entity.fields()) {
			String name = field.name();
			String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
			if (!name.equals(entity.idField())
					&& (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(message).find()
							|| (words.contains(" ") && message.toLowerCase(Locale.ROOT).contains(words)))) {
				return name;
			}
		}
		return "";
	}

	private String form(Model model, CenterEntity entity, String original, Map<String, String> values,
			Map<String, String> fieldErrors, List<String> errors) {
		model.addAttribute("entity", entity);
		model.addAttribute("original", original);
		model.addAttribute("values", values);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("errors", errors);
		return "admin/center/form";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static CenterEntity entity(String path) {
		return CenterEntity.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
