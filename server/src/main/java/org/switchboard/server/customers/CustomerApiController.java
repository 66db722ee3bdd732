package org.switchboard.server.customers;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import org.switchboard.server.api.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/customers}: search ({@code q}), match by any phone ({@code phone}), read,
 * create, edit.
 */
@RestController
@RequestMapping("/api/customers")
class CustomerApiController {

	private static final int LIMIT = 50;

	private final CustomerRepository customers;

	CustomerApiController(CustomerRepository customers) {
		this.customers = customers;
	}

	@GetMapping
	List<Customer> list(@RequestParam(required = false) String q, @RequestParam(required = false) String phone) {
		if (phone != null) {
			return this.customers.findByPhone(phone);
		}
		return this.customers.search(q, LIMIT);
	}

	@GetMapping("/{id}")
	Customer get(@PathVariable String id) {
		return this.customers.find(id).orElseThrow(() -> ApiException.notFound("customer.notFound", id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Customer create(@Valid @RequestBody CustomerForm form, Principal user) {
		return this.customers.create(form, user.getName());
	}

	@PutMapping("/{id}")
	Customer update(@PathVariable String id, @Valid @RequestBody CustomerForm form) {
		return this.customers.update(id, form).orElseThrow(() -> ApiException.notFound("customer.notFound", id));
	}

}
