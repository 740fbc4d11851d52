package org.tariffgraph.api.execution;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Queries run with {@link ReadAheadLists}, given what the request read ahead ({@link ReadAhead}, the navigation's, or
 * nothing). graphql-java gives a query strategy set by hand no exception handler of the builder's, so it gets the
 * handler Spring makes of the same resolvers, in the same order: errors are reported exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class ReadAheadListsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer readAheadLists(ObjectProvider<DataFetcherExceptionResolver> resolvers,
			ObjectProvider<ReadAhead> readAhead) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(
				new ReadAheadLists(DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()),
						readAhead.getIfAvailable(() -> ReadAhead.NONE))));
	}

}
