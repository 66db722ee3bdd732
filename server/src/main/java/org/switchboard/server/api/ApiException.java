package org.switchboard.server.api;

import org.springframework.http.HttpStatus;

/**
 * A failure a caller caused, answered as a problem detail with a localized message.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	private final String messageCode;

	private final transient Object[] args;

	/**
	 * Creates a failure.
	 * @param status HTTP status to answer with
	 * @param field the request field at fault, or {@code null}
	 * @param messageCode key in the message bundles
	 * @param args message arguments
	 */
	public ApiException(HttpStatus status, String field, String messageCode, Object... args) {
		super(messageCode);
		this.status = status;
		this.field = field;
		this.messageCode = messageCode;
		this.args = args;
	}

	/** 404: the named thing does not exist. */
	public static ApiException notFound(String messageCode, Object... args) {
		return new ApiException(HttpStatus.NOT_FOUND, null, messageCode, args);
	}

	/** 409: a thing with that key already exists. */
	public static ApiException conflict(String field, String messageCode, Object... args) {
		return new ApiException(HttpStatus.CONFLICT, field, messageCode, args);
	}

	/** 400: the value of {@code field} is not acceptable. */
	public static ApiException invalid(String field, String messageCode, Object... args) {
		return new ApiException(HttpStatus.BAD_REQUEST, field, messageCode, args);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String field() {
		return this.field;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
