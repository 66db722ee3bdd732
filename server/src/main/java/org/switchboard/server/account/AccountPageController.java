package org.switchboard.server.account;

import java.security.Principal;
import java.util.List;

import org.switchboard.server.api.ApiException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own pages: change password, personal API tokens. */
@Controller
class AccountPageController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final FormErrors errors;

	AccountPageController(AccountService accounts, ApiTokenService tokens, FormErrors errors) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.errors = errors;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model, Principal principal) {
		model.addAttribute("minLength", this.accounts.minPasswordLength());
		model.addAttribute("required", this.accounts.mustChangePassword(principal.getName()));
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw ApiException.invalid("confirmPassword", "password.mismatch");
			}
			this.accounts.changeOwnPassword(principal.getName(), currentPassword, newPassword);
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/";
		}
		catch (ApiException ex) {
			model.addAttribute("errors", List.of(this.errors.message(ex)));
			return passwordForm(model, principal);
		}
	}

	@GetMapping("/account/tokens")
	String tokens(Model model, Principal principal) {
		model.addAttribute("tokens", this.tokens.listTokens(principal.getName()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, Principal principal, RedirectAttributes redirect) {
		String label = name.isBlank() ? "token" : name.strip();
		NewApiToken created = this.tokens.createToken(principal.getName(),
				label.substring(0, Math.min(100, label.length())));
		redirect.addFlashAttribute("secret", created.secret());
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/revoke")
	String revokeToken(@RequestParam String id, Principal principal) {
		this.tokens.revokeToken(principal.getName(), id);
		return "redirect:/account/tokens";
	}

}
