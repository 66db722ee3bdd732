package org.switchboard.server.configfile;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Configuration as code over HTTP: export the current configuration, import a file
 * (ADMIN).
 */
@RestController
@RequestMapping("/api/config")
@Tag(name = "Configuration", description = "Import and export the contact-center configuration as YAML")
class ConfigApiController {

	static final String YAML = "application/yaml";

	private final ConfigImporter importer;

	private final ConfigExporter exporter;

	private final MessageSource messages;

	ConfigApiController(ConfigImporter importer, ConfigExporter exporter, MessageSource messages) {
		this.importer = importer;
		this.exporter = exporter;
		this.messages = messages;
	}

	@Operation(summary = "The current configuration, in the format import accepts")
	@GetMapping(path = "/export", produces = { YAML, "text/plain" })
	String export() {
		return this.exporter.exportYaml();
	}

	@Operation(summary = "Import a configuration file whole, or reject it whole with the lines at fault")
	@PostMapping(path = "/import", consumes = { YAML, "application/x-yaml", "text/yaml", "text/plain" })
	ImportReport importYaml(@RequestBody String yaml, Principal principal) {
		return this.importer.importYaml(yaml, principal.getName());
	}

	@ExceptionHandler(ConfigRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ConfigRejectedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages
			.getMessage("problem.configRejected", new Object[] { ex.problems().size() }, ex.getMessage(), locale));
		List<ConfigProblem> problems = ex.problems();
		problem.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(problem);
	}

}
