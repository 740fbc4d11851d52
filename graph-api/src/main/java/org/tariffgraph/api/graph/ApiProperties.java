package org.tariffgraph.api.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits ({@code tariff-graph.api.*}).
 * @param queryTimeout how long one database query may run before the server stops it
 * @param maxDepth the deepest nesting a GraphQL request may have
 * @param maxComplexity the most fields (weighted by list sizes) a GraphQL request may ask for
 * @param defaultPageSize items per page when a request does not say
 * @param maxPageSize the most items a page may have
 */
@ConfigurationProperties("tariff-graph.api")
public record ApiProperties(@DefaultValue("10s") Duration queryTimeout, @DefaultValue("12") int maxDepth,
		@DefaultValue("2000") int maxComplexity, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("100") int maxPageSize) {
}
