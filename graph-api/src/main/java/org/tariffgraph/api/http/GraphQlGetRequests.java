package org.tariffgraph.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Queries by {@code GET /graphql?query=…&variables=…&operationName=…}, as the GraphQL-over-HTTP specification
 * allows, so that a question can be shared as a link. The request is handed to the same handler as a POST, so
 * limits, errors and media types are the same; the schema has no mutations, so nothing a link does can change
 * the graph.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRequests {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlProperties properties, GraphQlHttpHandler handler,
			JsonMapper json) {
		return RouterFunctions.route(
				RequestPredicates.GET(properties.getHttp().getPath()).and(RequestPredicates.param("query", q -> true)),
				request -> handle(request, handler, json));
	}

	private static boolean isGraphQlAnswer(MediaType type) {
		return type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE) && !type.isWildcardType()
				|| type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON);
	}

	private static ServerResponse handle(ServerRequest request, GraphQlHttpHandler handler, JsonMapper json)
			throws ServletException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", request.param("query").orElse(""));
		request.param("operationName").filter(name -> !name.isBlank()).ifPresent(name -> body.put("operationName", name));
		var variables = request.param("variables").filter(v -> !v.isBlank());
		if (variables.isPresent()) {
			try {
				body.put("variables", json.readValue(variables.get(), Map.class));
			}
			catch (JacksonException | ClassCastException ex) {
				return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
					.body(GraphQlErrorBody.badRequest(
							"The variables parameter must be a JSON object, like {\"code\":\"8542.31\"}."));
			}
		}
		ServerRequest asPost = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> {
				headers.setContentType(MediaType.APPLICATION_JSON);
				// a link opened in a browser asks for HTML; it gets the JSON answer, as a client asking for it would
				if (headers.getAccept().stream().noneMatch(GraphQlGetRequests::isGraphQlAnswer)) {
					headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				}
			})
			.body(json.writeValueAsString(body))
			.build();
		return handler.handleRequest(asPost);
	}

}
