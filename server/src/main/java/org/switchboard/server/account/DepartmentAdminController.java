package org.switchboard.server.account;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.server.api.ApiException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin page: the department tree; one form creates a department or updates it by code.
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

	private final AccountService accounts;

	private final FormErrors errors;

	DepartmentAdminController(AccountService accounts, FormErrors errors) {
		this.accounts = accounts;
		this.errors = errors;
	}

	@GetMapping
	String list(Model model) {
		List<Department> departments = this.accounts.listDepartments();
		model.addAttribute("departments", departments);
		model.addAttribute("tree", tree(departments));
		return "admin/departments";
	}

	@PostMapping
	String save(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) String parentCode,
			Principal principal, RedirectAttributes redirect) {
		DepartmentSpec spec = new DepartmentSpec(code.strip(), name.strip(),
				(parentCode == null || parentCode.isBlank()) ? null : parentCode);
		List<String> problems = this.errors.validate(spec);
		if (problems.isEmpty()) {
			try {
				this.accounts.upsertDepartment(spec, principal.getName());
				redirect.addFlashAttribute("saved", spec.code());
			}
			catch (ApiException ex) {
				problems = List.of(this.errors.message(ex));
			}
		}
		redirect.addFlashAttribute("errors", problems);
		return "redirect:/admin/departments";
	}

	/** Departments in tree order with their depth, for indenting. */
	static List<TreeRow> tree(List<Department> departments) {
		Map<String, List<Department>> children = new HashMap<>();
		List<Department> roots = new ArrayList<>();
		for (Department department : departments) {
			if (department.parentCode() == null) {
				roots.add(department);
			}
			else {
				children.computeIfAbsent(department.parentCode(), (key) -> new ArrayList<>()).add(department);
			}
		}
		List<TreeRow> rows = new ArrayList<>();
		roots.forEach((root) -> addRows(root, 0, children, rows));
		return rows;
	}

	private static void addRows(Department department, int depth, Map<String, List<Department>> children,
			List<TreeRow> rows) {
		rows.add(new TreeRow(department, depth));
		children.getOrDefault(department.code(), List.of())
			.forEach((child) -> addRows(child, depth + 1, children, rows));
	}

	/**
	 * A department and how deep it sits in the tree.
	 *
	 * @param department the department
	 * @param depth 0 for a root
	 */
	record TreeRow(Department department, int depth) {
	}

}
