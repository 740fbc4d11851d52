package org.tariffgraph.api.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits ({@code tariff-graph.api.*}).
 * @param queryTimeout how long one database query may run before the server stops it
 * @param requestTimeout how long a whole request may run: then no further field runs and the client gets a
 * GraphQL error saying so (below {@code spring.mvc.async.request-timeout}, so that the error arrives first)
 * @param maxDepth the deepest nesting a GraphQL request may have
 * @param maxComplexity the most a GraphQL request may cost: about the number of items it may read (the cost
 * model is {@code org.tariffgraph.api.limits.CostModel}, the README says how it counts)
 * @param defaultPageSize items per page when a request does not say
 * @param maxPageSize the most items a page may have
 * @param maxItems the most records a request may read from the database, counted as they arrive: a request whose
 * lists fan out further than its cost said is stopped there with a GraphQL error, so no accepted request holds more
 */
@ConfigurationProperties("tariff-graph.api")
public record ApiProperties(@DefaultValue("10s") Duration queryTimeout, @DefaultValue("25s") Duration requestTimeout, @DefaultValue("12") int maxDepth,
		@DefaultValue("20000") int maxComplexity, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("100") int maxPageSize, @DefaultValue("50000") int maxItems) {
}
