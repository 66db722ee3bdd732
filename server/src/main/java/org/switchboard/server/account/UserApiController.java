package org.switchboard.server.account;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.switchboard.server.api.ApiException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users for administrators and scripts. */
@RestController
@RequestMapping("/api/users")
class UserApiController {

	private final AccountService accounts;

	UserApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<UserAccount> list() {
		return this.accounts.listUsers();
	}

	@GetMapping("/{jobNumber}")
	UserAccount get(@PathVariable String jobNumber) {
		return this.accounts.findUser(jobNumber).orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
	}

	@PostMapping
	ResponseEntity<UserAccount> create(@Valid @RequestBody CreateUserRequest request, Principal principal) {
		UserAccount created = this.accounts.createUser(request.spec(), request.password(), principal.getName());
		return ResponseEntity.created(URI.create("/api/users/" + created.jobNumber())).body(created);
	}

	@PutMapping("/{jobNumber}")
	UserAccount update(@PathVariable String jobNumber, @Valid @RequestBody UpdateUserRequest request,
			Principal principal) {
		return this.accounts.updateUser(request.spec(jobNumber), principal.getName());
	}

	@PostMapping("/{jobNumber}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String jobNumber, @Valid @RequestBody PasswordRequest request,
			Principal principal) {
		this.accounts.resetPassword(jobNumber, request.password(), principal.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{jobNumber}/unlock")
	ResponseEntity<Void> unlock(@PathVariable String jobNumber, Principal principal) {
		this.accounts.unlock(jobNumber, principal.getName());
		return ResponseEntity.noContent().build();
	}

	record CreateUserRequest(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*") String jobNumber,
			@NotBlank @Size(max = 200) String displayName, @Size(max = 64) String departmentCode,
			@NotNull @NotEmpty Set<Role> roles, Boolean enabled, @NotBlank String password) {

		UserSpec spec() {
			return new UserSpec(this.jobNumber, this.displayName, this.departmentCode, this.roles,
					this.enabled == null || this.enabled);
		}

	}

	record UpdateUserRequest(@NotBlank @Size(max = 200) String displayName, @Size(max = 64) String departmentCode,
			@NotNull @NotEmpty Set<Role> roles, @NotNull Boolean enabled) {

		UserSpec spec(String jobNumber) {
			return new UserSpec(jobNumber, this.displayName, this.departmentCode, this.roles, this.enabled);
		}

	}

	record PasswordRequest(@NotBlank String password) {
	}

}
