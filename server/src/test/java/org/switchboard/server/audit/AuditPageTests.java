package org.switchboard.server.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators browse and filter the audit log page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Test
	void filtersByActorAndAction() throws Exception {
		this.audit.recordEvent("filter-a", "LOGIN_FAILURE", "BadCredentials", "203.0.113.9");
		this.audit.recordChange("filter-b", "USER_UPDATED", "u-filtered", null, java.util.Map.of("enabled", false));
		this.mvc
			.perform(get("/admin/audit").param("actor", "filter-a")
				.with(user("admin").authorities(() -> "PERM_AUDIT_READ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("203.0.113.9")))
			.andExpect(content().string(not(containsString("u-filtered"))));
		this.mvc
			.perform(get("/admin/audit").param("action", "USER_UPDATED")
				.param("target", "filtered")
				.with(user("admin").authorities(() -> "PERM_AUDIT_READ")))
			.andExpect(content().string(containsString("u-filtered")))
			.andExpect(content().string(containsString("{&quot;enabled&quot;:false}")));
	}

}
