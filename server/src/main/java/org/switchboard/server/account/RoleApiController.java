package org.switchboard.server.account;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fixed roles and what each allows. */
@RestController
class RoleApiController {

	@GetMapping("/api/roles")
	List<RoleView> list() {
		return Arrays.stream(Role.values()).map((role) -> new RoleView(role, role.permissions())).toList();
	}

	record RoleView(Role role, Set<Permission> permissions) {
	}

}
