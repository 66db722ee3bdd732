package org.switchboard.server.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.switchboard.server.api.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns validation failures into messages for an HTML form, in the user's language. */
@Component
class FormErrors {

	private final Validator validator;

	private final MessageSource messages;

	FormErrors(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Messages for each constraint {@code value} breaks, prefixed by the field's label.
	 */
	List<String> validate(Object value) {
		List<String> errors = new ArrayList<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(value)) {
			String field = violation.getPropertyPath().toString();
			errors.add(label(field) + ": " + violation.getMessage());
		}
		errors.sort(null);
		return errors;
	}

	String message(ApiException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String text = this.messages.getMessage(ex.messageCode(), ex.args(), ex.messageCode(), locale);
		return (ex.field() != null) ? label(ex.field()) + ": " + text : text;
	}

	private String label(String field) {
		return this.messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
	}

}
