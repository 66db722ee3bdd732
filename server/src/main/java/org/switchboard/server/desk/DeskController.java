package org.switchboard.server.desk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The agent desk page; everything live on it comes from {@code /live/agent}. */
@Controller
class DeskController {

	private final DeskCodes codes;

	DeskController(DeskCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/desk")
	String desk(Model model) {
		model.addAttribute("reasonCodes", this.codes.list(DeskCode.Kind.NOT_READY));
		model.addAttribute("dispositionCodes", this.codes.list(DeskCode.Kind.DISPOSITION));
		return "desk/desk";
	}

}
