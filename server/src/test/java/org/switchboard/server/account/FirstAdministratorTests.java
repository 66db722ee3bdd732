package org.switchboard.server.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without SWITCHBOARD_ADMIN_PASSWORD the first start generates one and logs it once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "switchboard.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTests {

	private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void generatesLogsOnceAndForcesChangeOfTheAdminPassword(CapturedOutput output) throws Exception {
		Matcher matcher = GENERATED.matcher(output.getAll());
		assertThat(matcher.find()).as("password line in the log").isTrue();
		String password = matcher.group(1);
		assertThat(matcher.find()).as("logged only once").isFalse();
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.accounts.findUser("admin")).hasValueSatisfying((admin) -> {
			assertThat(admin.roles()).containsExactly(Role.ADMIN);
			assertThat(admin.mustChangePassword()).isTrue();
		});
		this.mvc.perform(get("/api/users").with(httpBasic("admin", password))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/users").with(httpBasic("admin", "guess"))).andExpect(status().isUnauthorized());
	}

}
