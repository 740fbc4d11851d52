package org.tariffgraph.api.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.dataloader.DataLoaderOptions;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.BudgetedBatchLoads;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * Requests deeper than {@code tariff-graph.api.max-depth} or costing more than
 * {@code tariff-graph.api.max-complexity} ({@link CostModel}) are refused before they reach the database; and the
 * API does not start if a schema field has no data fetcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class RequestLimits {

	@Bean
	CheckedRequests depthAndCost(ApiProperties properties) {
		return new CheckedRequests(new MaxQueryDepthInstrumentation(properties.maxDepth()),
				new MaxQueryComplexityInstrumentation(properties.maxComplexity(), new CostModel(properties)));
	}

	/** Spring's registry, with every batch load run within its request's budget (deadline and items). */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry(
				() -> DataLoaderOptions.newOptions().setBatchLoaderScheduler(new BudgetedBatchLoads()).build());
	}

	/**
	 * The limits as one instrumentation ({@link Limits}). Spring chains instrumentations in graphql-java's
	 * {@code ChainedInstrumentation}, which asks each for a context at every step of every field and keeps a list of
	 * them, though these two return none that does anything: on 100 measures with their 2,000-odd goods that was a
	 * twentieth of the API thread's samples (JFR, 30 Nov 2026), and the chain without contexts that replaced it still
	 * a tenth on 23,000 goods (1 Dec 2026). Where any other instrumentation is present (Micrometer's observations,
	 * when turned on, need their contexts), Spring's chain stays.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer limitsAsOneInstrumentation(CheckedRequests checked, RequestDeadline deadline,
			ObjectProvider<Instrumentation> instrumentations) {
		return builder -> {
			// the two limits are instrumentations themselves: two in all means no other
			if (instrumentations.orderedStream().count() == 2) {
				builder.configureGraphQl(graphQl -> graphQl.instrumentation(new Limits(checked, deadline)));
			}
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedSchema() {
		return builder -> builder.inspectSchemaMappings(report -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("The GraphQL schema has fields without data fetchers: " + report);
			}
		});
	}

}
