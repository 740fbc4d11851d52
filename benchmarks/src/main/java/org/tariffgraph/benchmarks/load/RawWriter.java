package org.tariffgraph.benchmarks.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.dataset.Row;

/**
 * The raw baseline: the dataset's rows written with plain {@code UNWIND … MERGE} batches through the driver,
 * without validation, change classification or stale-relationship removal — the limit for an online import.
 * With a batch size of one it is the row-at-a-time baseline.
 */
final class RawWriter {

	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {uid: row.uid})
			SET n:%s, n += row.props""";

	private static final String RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})
			UNWIND row.to AS target
			MATCH (b:Entity {uid: target})
			MERGE (a)-[:%s]->(b)""";

	private static final String RELATIONSHIPS_IN = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})
			UNWIND row.to AS target
			MATCH (b:Entity {uid: target})
			MERGE (a)<-[:%s]-(b)""";

	private RawWriter() {
	}

	/** Writes all nodes, then all relationships, {@code batchSize} rows a transaction. */
	static void write(Driver driver, Dataset dataset, int batchSize) {
		dataset.rowsByTable().forEach((table, rows) -> batches(rows, batchSize, batch -> nodes(driver, batch)));
		dataset.rowsByTable().forEach((table, rows) -> batches(rows, batchSize, batch -> relationships(driver, batch)));
	}

	/** Writes each row with its relationships in a transaction of its own. */
	static void writeRowByRow(Driver driver, List<Row> rows) {
		rows.forEach(row -> nodes(driver, List.of(row)));
		rows.forEach(row -> relationships(driver, List.of(row)));
	}

	private static void nodes(Driver driver, List<Row> batch) {
		var byKind = new LinkedHashMap<String, List<Map<String, Object>>>();
		batch.forEach(row -> byKind.computeIfAbsent(row.kind().label(), k -> new ArrayList<>())
			.add(Map.of("uid", row.uid(), "props", row.props())));
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> byKind
				.forEach((label, rows) -> tx.run(NODES.formatted(label), Map.of("rows", rows)).consume()));
		}
	}

	private static void relationships(Driver driver, List<Row> batch) {
		var byColumn = new LinkedHashMap<String, List<Map<String, Object>>>();
		for (Row row : batch) {
			for (Row.Link link : row.links()) {
				String query = (link.column().incoming() ? RELATIONSHIPS_IN : RELATIONSHIPS).formatted(link.column().type().name());
				byColumn.computeIfAbsent(query, k -> new ArrayList<>())
					.add(Map.of("from", row.uid(), "to", link.targets().stream().map(Row.Target::uid).toList()));
			}
		}
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> byColumn
				.forEach((query, rows) -> tx.run(query, Map.of("rows", rows)).consume()));
		}
	}

	private static void batches(List<Row> rows, int size, Consumer<List<Row>> write) {
		for (int from = 0; from < rows.size(); from += size) {
			write.accept(rows.subList(from, Math.min(rows.size(), from + size)));
		}
	}

}
