package org.tariffgraph.api.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.dataloader.DataLoaderOptions;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.BudgetedBatchLoads;

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

	@Bean
	GraphQlSourceBuilderCustomizer failOnUnmappedSchema() {
		return builder -> builder.inspectSchemaMappings(report -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("The GraphQL schema has fields without data fetchers: " + report);
			}
		});
	}

}
