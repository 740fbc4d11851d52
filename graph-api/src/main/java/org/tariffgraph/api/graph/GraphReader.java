package org.tariffgraph.api.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the API's Cypher, every query in its own read transaction: against a cluster ({@code neo4j://}) reads
 * go to the secondaries, and the server-side timeout of {@code tariff-graph.api.query-timeout} applies.
 */
@Component
public final class GraphReader {

	private final Neo4jClient neo4j;

	private final TransactionTemplate readOnly;

	GraphReader(Neo4jClient neo4j, PlatformTransactionManager transactions, ApiProperties properties) {
		this.neo4j = neo4j;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setTimeout((int) properties.queryTimeout().toSeconds());
	}

	/** Every record of a query, mapped. */
	public <T> List<T> list(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		@SuppressWarnings("unchecked")
		Class<T> any = (Class<T>) (Class<?>) Object.class;
		return this.readOnly.execute(status -> List.copyOf(this.neo4j.query(cypher)
			.bindAll(params)
			.fetchAs(any)
			.mappedBy((types, record) -> mapper.apply(record))
			.all()));
	}

	/** The first record of a query, mapped, if there is one. */
	public <T> Optional<T> one(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
		return list(cypher, params, mapper).stream().findFirst();
	}

	/** The entity in column {@code column} of every record. */
	public <T extends GraphEntity> List<T> entities(String cypher, Map<String, Object> params, String column,
			Class<T> type) {
		return list(cypher, params, record -> type.cast(Entities.of(record.get(column))));
	}

	/** The entity in column {@code column} of the first record, or null: the shape of a lookup by key. */
	public <T extends GraphEntity> T entity(String cypher, Map<String, Object> params, String column, Class<T> type) {
		return one(cypher, params, record -> type.cast(Entities.of(record.get(column)))).orElse(null);
	}

	/** Entities grouped by a key column, in query order: the shape of a batch load. */
	public Map<String, List<GraphEntity>> grouped(String cypher, Map<String, Object> params, String keyColumn,
			String entityColumn, Collection<String> keys) {
		Map<String, List<GraphEntity>> grouped = new java.util.LinkedHashMap<>();
		keys.forEach(key -> grouped.put(key, new java.util.ArrayList<>()));
		for (var row : list(cypher, params, record -> Map.entry(record.get(keyColumn).asString(),
				Entities.of(record.get(entityColumn))))) {
			grouped.computeIfAbsent(row.getKey(), k -> new java.util.ArrayList<>()).add(row.getValue());
		}
		return grouped;
	}

}
