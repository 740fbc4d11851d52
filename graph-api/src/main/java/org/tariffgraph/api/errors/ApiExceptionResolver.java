package org.tariffgraph.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.tariffgraph.api.graph.RequestBudget;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns what can go wrong while answering into GraphQL errors: a bad argument is BAD_REQUEST with what was
 * expected, a query the database stopped for taking too long or a database that is away is
 * INTERNAL_ERROR with a sentence saying so. Anything else keeps Spring's default: INTERNAL_ERROR with an
 * id to find the logged cause, never a stack trace.
 */
@Component
final class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(ApiExceptionResolver.class);

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadRequestException || ex instanceof IllegalArgumentException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		RequestBudget.Spent spent = causeOfType(ex, RequestBudget.Spent.class);
		if (spent != null) {
			return error(env, spent.askedTooMuch() ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR, spent.getMessage());
		}
		ClientException client = causeOfType(ex, ClientException.class);
		String clientMessage = (client != null && client.getMessage() != null) ? client.getMessage() : "";
		if (clientMessage.contains("fulltext") && clientMessage.contains("ParseException")) {
			// what Lucene says about the text, without the procedure's name or Java's class names
			return error(env, ErrorType.BAD_REQUEST, "The search text is not a valid Lucene query: "
					+ luceneReason(clientMessage) + " (without syntax: LUCENE the text is searched as written)");
		}
		if (clientMessage.contains("fulltext") && clientMessage.contains("TooManyClauses")) {
			return error(env, ErrorType.BAD_REQUEST, "The search text has more words than a search may have; use fewer");
		}
		Neo4jException database = causeOfType(ex, Neo4jException.class);
		if (database != null && String.valueOf(database.code()).contains("DatabaseUnavailable")) {
			// while the database starts or stops, not a query that took too long
			return error(env, ErrorType.INTERNAL_ERROR, "The database is not available; try again shortly");
		}
		if (database != null && (String.valueOf(database.code()).contains("TransactionTimedOut")
				|| String.valueOf(database.code()).contains("Terminated"))) {
			return error(env, ErrorType.INTERNAL_ERROR, "The query took longer than the API allows and was stopped");
		}
		if (database instanceof ServiceUnavailableException || database instanceof SessionExpiredException) {
			logger.warn("The database is not available: " + database.getMessage());
			return error(env, ErrorType.INTERNAL_ERROR, "The database is not available; try again shortly");
		}
		if (database != null) {
			logger.error("A query failed", ex);
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, @Nullable String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

	private static <T extends Throwable> @Nullable T causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** Lucene's own sentence: "Cannot parse 'a AND': Encountered "<EOF>" at line 1, column 5." */
	static String luceneReason(String message) {
		String reason = message.substring(message.indexOf("ParseException") + "ParseException".length()).replaceFirst("^:\\s*", "");
		int newline = reason.indexOf('\n');
		reason = (newline < 0) ? reason : reason.substring(0, newline);
		return reason.strip();
	}

}
