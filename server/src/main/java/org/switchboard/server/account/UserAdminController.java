package org.switchboard.server.account;

import java.security.Principal;
import java.util.List;

import org.switchboard.server.api.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: list, create and edit users, reset their passwords. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AccountService accounts;

	private final FormErrors errors;

	UserAdminController(AccountService accounts, FormErrors errors) {
		this.accounts = accounts;
		this.errors = errors;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("departments")
	List<Department> departments() {
		return this.accounts.listDepartments();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.listUsers());
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		model.addAttribute("creating", true);
		return "admin/user-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, Model model, Principal principal,
			RedirectAttributes redirect) {
		List<String> problems = this.errors.validate(form.spec());
		if (problems.isEmpty()) {
			try {
				this.accounts.createUser(form.spec(), form.getPassword(), principal.getName());
				redirect.addFlashAttribute("saved", form.getJobNumber());
				return "redirect:/admin/users";
			}
			catch (ApiException ex) {
				problems = List.of(this.errors.message(ex));
			}
		}
		model.addAttribute("errors", problems);
		model.addAttribute("creating", true);
		return "admin/user-form";
	}

	@GetMapping("/{jobNumber}")
	String edit(@PathVariable String jobNumber, Model model) {
		UserAccount user = this.accounts.findUser(jobNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("user", user);
		model.addAttribute("creating", false);
		return "admin/user-form";
	}

	@PostMapping("/{jobNumber}")
	String update(@PathVariable String jobNumber, @ModelAttribute("form") UserForm form, Model model,
			Principal principal, RedirectAttributes redirect) {
		form.setJobNumber(jobNumber);
		List<String> problems = this.errors.validate(form.spec());
		if (problems.isEmpty()) {
			try {
				this.accounts.updateUser(form.spec(), principal.getName());
				redirect.addFlashAttribute("saved", jobNumber);
				return "redirect:/admin/users";
			}
			catch (ApiException ex) {
				problems = List.of(this.errors.message(ex));
			}
		}
		model.addAttribute("errors", problems);
		model.addAttribute("user", this.accounts.findUser(jobNumber).orElse(null));
		model.addAttribute("creating", false);
		return "admin/user-form";
	}

	@PostMapping("/{jobNumber}/unlock")
	String unlock(@PathVariable String jobNumber, Principal principal, RedirectAttributes redirect) {
		this.accounts.unlock(jobNumber, principal.getName());
		redirect.addFlashAttribute("saved", jobNumber);
		return "redirect:/admin/users/" + jobNumber;
	}

	@PostMapping("/{jobNumber}/password")
	String resetPassword(@PathVariable String jobNumber, @RequestParam String password, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(jobNumber, password, principal.getName());
			redirect.addFlashAttribute("saved", jobNumber);
		}
		catch (ApiException ex) {
			redirect.addFlashAttribute("errors", List.of(this.errors.message(ex)));
		}
		return "redirect:/admin/users/" + jobNumber;
	}

}
