package org.switchboard.server.prompts;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.switchboard.server.api.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prompts admin page (CONFIGURE), {@code /admin/center/prompts}: every prompt per
 * language with a player, an upload form, and a revert button per upload.
 */
@Controller
@RequestMapping("/admin/center/prompts")
class PromptAdminController {

	private final PromptService prompts;

	private final MessageSource messages;

	PromptAdminController(PromptService prompts, MessageSource messages) {
		this.prompts = prompts;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		return page(model, Map.of("language", "zh", "name", ""), Map.of());
	}

	@PostMapping
	String upload(@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect) throws IOException {
		String cleanName = name.strip();
		Map<String, String> values = Map.of("language", language, "name", cleanName);
		try {
			if (file != null && file.getSize() > this.prompts.maxUploadBytes()) {
				throw this.prompts.tooLarge();
			}
			byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
			PromptService.Uploaded uploaded = this.prompts.upload(language, cleanName, bytes, principal.getName());
			redirect.addFlashAttribute("uploaded", language + "/" + cleanName);
			redirect.addFlashAttribute("convertedFrom", uploaded.convertedFrom());
			return "redirect:/admin/center/prompts";
		}
		catch (ApiException ex) {
			return page(model, values, Map.of((ex.field() != null) ? ex.field() : "file", text(ex)));
		}
	}

	@PostMapping("/revert")
	String revert(@RequestParam String language, @RequestParam String name, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.prompts.revert(language, name, principal.getName());
			redirect.addFlashAttribute("reverted", language + "/" + name);
		}
		catch (ApiException ex) {
			redirect.addFlashAttribute("promptError", text(ex));
		}
		return "redirect:/admin/center/prompts";
	}

	private String page(Model model, Map<String, String> values, Map<String, String> fieldErrors) {
		Map<String, List<PromptView>> byLanguage = new TreeMap<>(
				(a, b) -> order(a) - order(b) != 0 ? order(a) - order(b) : a.compareTo(b));
		for (PromptView prompt : this.prompts.list()) {
			byLanguage.computeIfAbsent(prompt.language(), (language) -> new ArrayList<>()).add(prompt);
		}
		model.addAttribute("languages", byLanguage);
		model.addAttribute("values", new LinkedHashMap<>(values));
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("maxUploadMegabytes", this.prompts.maxUploadBytes() / (1024 * 1024));
		return "admin/center/prompts";
	}

	/** Chinese first, then English, then any other language an admin added. */
	private static int order(String language) {
		return switch (language) {
			case "zh" -> 0;
			case "en" -> 1;
			default -> 2;
		};
	}

	private String text(ApiException ex) {
		return this.messages.getMessage(ex.messageCode(), ex.args(), ex.messageCode(), LocaleContextHolder.getLocale());
	}

}
