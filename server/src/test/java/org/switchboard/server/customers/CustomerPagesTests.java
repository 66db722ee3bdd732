package org.switchboard.server.customers;

import org.junit.jupiter.api.Test;
import org.switchboard.server.account.Permission;
import org.switchboard.server.support.SteppedClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer pages: create, list with search, edit, and a refused empty name. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SteppedClockConfiguration.class)
class CustomerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomerRepository customers;

	private final RequestPostProcessor agent = user("p5001").authorities(Permission.AGENT_DESK);

	@Test
	void agentCreatesFindsAndEditsACustomer() throws Exception {
		this.mvc
			.perform(post("/customers").with(this.agent)
				.with(csrf())
				.param("name", "Zhao Min")
				.param("company", "Orchid Tea")
				.param("phones", "0571 8765 4321")
				.param("tags", "wholesale"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers"));
		Customer created = this.customers.findByPhone("+86 571 87654321").get(0);
		assertThat(created.owner()).isEqualTo("p5001");

		this.mvc.perform(get("/customers").param("q", "orchid").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zhao Min")));
		this.mvc.perform(get("/customers").param("q", "no-such-customer").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Zhao Min"))));

		this.mvc.perform(get("/customers/" + created.id()).with(this.agent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Orchid Tea")));
		this.mvc
			.perform(post("/customers/" + created.id()).with(this.agent)
				.with(csrf())
				.param("name", "Zhao Min")
				.param("company", "Orchid Tea Co.")
				.param("phones", "0571 8765 4321, 13911112222")
				.param("notes", "calls after 6 pm"))
			.andExpect(status().is3xxRedirection());
		Customer edited = this.customers.find(created.id()).orElseThrow();
		assertThat(edited.company()).isEqualTo("Orchid Tea Co.");
		assertThat(edited.phones()).containsExactly("+8657187654321", "+8613911112222");
		assertThat(edited.notes()).isEqualTo("calls after 6 pm");
	}

	@Test
	void customerWithoutANameIsShownTheFormAgain() throws Exception {
		this.mvc.perform(post("/customers").with(this.agent).with(csrf()).param("name", " ").param("phones", "110"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"save-customer\"")));
		assertThat(this.customers.findByPhone("110")).isEmpty();
	}

}
