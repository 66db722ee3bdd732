package org.switchboard.server.recordings;

import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The {@code /recordings} page: the same filters as the API, a table and a player. */
@Controller
class RecordingPageController {

	private final RecordingAccess access;

	RecordingPageController(RecordingAccess access) {
		this.access = access;
	}

	@GetMapping("/recordings")
	String list(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String number, @RequestParam(required = false) String agent,
			@RequestParam(required = false) String queue, @RequestParam(required = false) Integer minDuration,
			Authentication user, Model model) {
		RecordingQuery query = new RecordingQuery(from, to, number, agent, queue, minDuration, null, null, null, null);
		Viewer viewer = Viewer.of(user);
		model.addAttribute("query", query);
		model.addAttribute("seesAll", viewer.seesAll());
		model.addAttribute("recordings", this.access.list(viewer, query));
		return "recordings/list";
	}

}
