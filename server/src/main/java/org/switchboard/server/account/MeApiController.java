package org.switchboard.server.account;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.switchboard.server.api.ApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user: own account, own password, own API tokens. */
@RestController
@RequestMapping("/api/me")
class MeApiController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	MeApiController(AccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	UserAccount me(Principal principal) {
		return this.accounts.findUser(principal.getName())
			.orElseThrow(() -> ApiException.notFound("user.notFound", principal.getName()));
	}

	@PostMapping("/password")
	ResponseEntity<Void> changePassword(@Valid @RequestBody ChangePasswordRequest request, Principal principal) {
		this.accounts.changeOwnPassword(principal.getName(), request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tokens")
	List<ApiToken> tokens(Principal principal) {
		return this.tokens.listTokens(principal.getName());
	}

	@PostMapping("/tokens")
	ResponseEntity<NewApiToken> createToken(@Valid @RequestBody CreateTokenRequest request, Principal principal) {
		NewApiToken created = this.tokens.createToken(principal.getName(), request.name());
		return ResponseEntity.created(URI.create("/api/me/tokens/" + created.token().id())).body(created);
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable String id, Principal principal) {
		this.tokens.revokeToken(principal.getName(), id);
		return ResponseEntity.noContent().build();
	}

	record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record CreateTokenRequest(@NotBlank @Size(max = 100) String name) {
	}

}
