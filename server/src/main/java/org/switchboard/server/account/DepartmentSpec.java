package org.switchboard.server.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The wanted state of a department, for creating or updating one (by code).
 *
 * @param code short stable key: letters, digits, {@code .-_}, 1–64 characters
 * @param name display name
 * @param parentCode code of an existing parent department, or {@code null} for a root
 */
public record DepartmentSpec(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*") String code,
		@NotBlank @Size(max = 200) String name, @Size(max = 64) String parentCode) {
}
