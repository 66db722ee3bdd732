package org.switchboard.server.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Admin page: which permissions each role carries (roles are assigned on the user page).
 */
@Controller
class RoleAdminController {

	@GetMapping("/admin/roles")
	String roles(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("permissions", Permission.values());
		return "admin/roles";
	}

}
