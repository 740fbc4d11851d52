package org.tariffgraph.api.http;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;

/** A GraphQL response holding one error, for a request refused before GraphQL runs. */
final class GraphQlErrorBody {

	private GraphQlErrorBody() {
	}

	static Map<String, Object> badRequest(String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", ErrorType.BAD_REQUEST.name()))));
	}

}
