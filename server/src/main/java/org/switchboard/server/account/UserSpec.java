package org.switchboard.server.account;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The wanted state of a user, for creating or updating one (by job number).
 *
 * @param jobNumber login name (工号): letters, digits, {@code .-_}, 1–32 characters
 * @param displayName name shown in the UI
 * @param departmentCode code of an existing department, or {@code null}
 * @param roles at least one role
 * @param enabled whether the user may log in
 */
public record UserSpec(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*") String jobNumber,
		@NotBlank @Size(max = 200) String displayName, @Size(max = 64) String departmentCode,
		@NotNull @NotEmpty Set<Role> roles, boolean enabled) {
}
