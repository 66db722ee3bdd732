package org.switchboard.server.customers;

import java.security.Principal;

import jakarta.validation.Valid;
import org.switchboard.server.api.ApiException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Customer pages: list with search, create, edit. */
@Controller
@RequestMapping("/customers")
class CustomerPageController {

	private static final int LIMIT = 200;

	private final CustomerRepository customers;

	CustomerPageController(CustomerRepository customers) {
		this.customers = customers;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("customers", this.customers.search(q, LIMIT));
		return "customers/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", CustomerForm.empty());
		model.addAttribute("customerId", null);
		return "customers/form";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String id, Model model) {
		Customer customer = this.customers.find(id).orElseThrow(() -> ApiException.notFound("customer.notFound", id));
		model.addAttribute("form", CustomerForm.of(customer));
		model.addAttribute("customerId", id);
		return "customers/form";
	}

	@PostMapping
	String saveNew(@Valid @ModelAttribute("form") CustomerForm form, BindingResult errors, Principal user, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("customerId", null);
			return "customers/form";
		}
		Customer customer = this.customers.create(form, user.getName());
		redirect.addFlashAttribute("saved", customer.name());
		return "redirect:/customers";
	}

	@PostMapping("/{id}")
	String save(@PathVariable String id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("customerId", id);
			return "customers/form";
		}
		Customer customer = this.customers.update(id, form)
			.orElseThrow(() -> ApiException.notFound("customer.notFound", id));
		redirect.addFlashAttribute("saved", customer.name());
		return "redirect:/customers";
	}

}
