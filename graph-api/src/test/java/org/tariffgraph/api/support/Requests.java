package org.tariffgraph.api.support;

import java.util.function.Predicate;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

/** Documents and error expectations that the tests of the API's limits share. */
public final class Requests {

	private Requests() {
	}

	/** A document asking {@code field} (a root field with its selection) {@code n} times, as aliases a0, a1, …. */
	public static String aliases(int n, String field) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < n; i++) {
			query.append('a').append(i).append(": ").append(field).append(' ');
		}
		return query.append('}').toString();
	}

	/** A BAD_REQUEST error whose message is as {@code message} says. */
	public static Predicate<ResponseError> badRequest(Predicate<String> message) {
		return error -> error.getErrorType() == ErrorType.BAD_REQUEST && message.test(error.getMessage());
	}

}
