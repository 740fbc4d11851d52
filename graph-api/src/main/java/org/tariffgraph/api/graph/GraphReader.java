package org.tariffgraph.api.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the API's Cypher, every query as one read-only auto-commit transaction: against a cluster
 * ({@code neo4j://}) reads go to the secondaries, and the server stops a query that runs longer than
 * {@code tariff-graph.api.query-timeout}, or at the request's deadline where that comes first. Auto-commit rather than explicit transactions because each query
 * stands alone, and BEGIN and COMMIT cost more than a small query: a lookup by key took 2.5 ms in an
 * explicit transaction and 1.5 ms auto-commit on the scale-1 benchmark graph.
 */
@Component
public final class GraphReader {

	private final Driver driver;

	private final SessionConfig session;

	private final Duration queryTimeout;

	private final TransactionConfig transaction;

	GraphReader(Driver driver, ApiProperties properties, @Value("${spring.data.neo4j.database:}") String database) {
		this.driver = driver;
		var session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		if (!database.isBlank()) {
			session.withDatabase(database);
		}
		this.session = session.build();
		this.queryTimeout = properties.queryTimeout();
		this.transaction = TransactionConfig.builder().withTimeout(this.queryTimeout).build();
	}

	/** Every record of a query, mapped. */
	public <T> List<T> list(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		try (Session session = this.driver.session(Session.class, this.session)) {
			// counted as they arrive, so that a request past its allowance stops before it holds more
			Result result = session.run(new Query(cypher, params), transaction());
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				RequestBudget.read();
				rows.add(mapper.apply(result.next()));
			}
			return List.copyOf(rows);
		}
	}

	/** The query timeout, or what is left of the request's time ({@link RequestBudget}) where that is less. */
	private TransactionConfig transaction() {
		Duration timeout = RequestBudget.remaining(this.queryTimeout);
		return timeout.equals(this.queryTimeout) ? this.transaction : TransactionConfig.builder().withTimeout(timeout).build();
	}

	/** The first record of a query, mapped, if there is one. */
	public <T> Optional<T> one(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		return list(cypher, params, mapper).stream().findFirst();
	}

	/** Entities grouped by a key column, in query order: the shape of a batch load. */
	public Map<String, List<GraphEntity>> grouped(String cypher, Map<String, Object> params, String keyColumn,
			String entityColumn, Collection<String> keys) {
		return grouped(cypher, params, keyColumn, entityColumn, keys, Entities::of);
	}

	/**
	 * The same, each entity made from its column's value by {@code entity} (a projection's decoding). The driver's
	 * {@code Value} is named in full: Spring's {@code @Value} annotation is imported here.
	 */
	public Map<String, List<GraphEntity>> grouped(String cypher, Map<String, Object> params, String keyColumn,
			String entityColumn, Collection<String> keys, Function<org.neo4j.driver.Value, GraphEntity> entity) {
		Map<String, List<GraphEntity>> grouped = new LinkedHashMap<>();
		keys.forEach(key -> grouped.put(key, new ArrayList<>()));
		for (var row : list(cypher, params, record -> Map.entry(record.get(keyColumn).asString(),
				entity.apply(record.get(entityColumn))))) {
			grouped.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
		}
		return grouped;
	}

}
