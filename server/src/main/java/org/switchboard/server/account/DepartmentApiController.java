package org.switchboard.server.account;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** The department tree for administrators and scripts. */
@RestController
@RequestMapping("/api/departments")
class DepartmentApiController {

	private final AccountService accounts;

	DepartmentApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** All departments, parents before children. */
	@GetMapping
	List<Department> list() {
		return this.accounts.listDepartments();
	}

	@GetMapping("/{code}")
	Department get(@PathVariable String code) {
		return this.accounts.findDepartment(code).orElseThrow(() -> ApiException.notFound("department.notFound", code));
	}

	@PostMapping
	ResponseEntity<Department> create(@Valid @RequestBody DepartmentSpec spec, Principal principal) {
		Department created = this.accounts.createDepartment(spec, principal.getName());
		return ResponseEntity.created(URI.create("/api/departments/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	Department update(@PathVariable String code, @Valid @RequestBody UpdateDepartmentRequest request,
			Principal principal) {
		if (this.accounts.findDepartment(code).isEmpty()) {
			throw ApiException.notFound("department.notFound", code);
		}
		this.accounts.upsertDepartment(new DepartmentSpec(code, request.name(), request.parentCode()),
				principal.getName());
		return this.accounts.findDepartment(code).orElseThrow();
	}

	record UpdateDepartmentRequest(@NotBlank @Size(max = 200) String name, @Size(max = 64) String parentCode) {
	}

}
