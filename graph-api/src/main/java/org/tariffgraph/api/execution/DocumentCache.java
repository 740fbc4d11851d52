package org.tariffgraph.api.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Frontends send the same few documents over and over; parsing and validating each again cost more CPU than
 * a small lookup query does (measured by the query benchmark). Keeps up to {@value #MAX_DOCUMENTS} parsed
 * documents, keyed by their text; validation errors are kept too, so a broken document is not re-validated.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 500;

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Bean
	GraphQlSourceBuilderCustomizer cacheParsedDocuments() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.get(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (this.documents.size() >= MAX_DOCUMENTS) {
			// A crude bound: documents arrive from a handful of frontends, and a full cache refills in requests
			this.documents.clear();
		}
		this.documents.put(input.getQuery(), entry);
		return CompletableFuture.completedFuture(entry);
	}

}
