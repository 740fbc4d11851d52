package org.tariffgraph.api.errors;

/** An argument the API cannot answer; its message says what was expected. */
public final class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
