package org.tariffgraph.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.tariffgraph.importer.dataset.Column;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.write.ImportReport.NodeCounts;
import org.tariffgraph.importer.write.ImportReport.RelationshipCounts;
import org.tariffgraph.model.schema.ImportLog;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/**
 * Writes validated rows with batched {@code UNWIND … MERGE}, one transaction per batch. Every statement is
 * idempotent, so a run that was cut off part-way is completed by running it again: first all nodes, then
 * their relationships, then the HS and NAICS hierarchies.
 */
public final class GraphWriter {

	// Labels and relationship types below come from the closed EntityKind and RelationshipType enums,
	// never from input; Cypher cannot take them as parameters in MERGE.
	private static final String UPSERT_NODES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (old:Entity {uid: row.uid})
			WITH row, CASE
			  WHEN old IS NULL THEN 'created'
			  WHEN old:%1$s AND all(k IN keys(row.props)
			       WHERE old[k] = row.props[k] OR (old[k] IS NULL AND row.props[k] IS NULL)) THEN 'unchanged'
			  ELSE 'updated' END AS outcome
			MERGE (n:Entity {uid: row.uid})
			SET n:%1$s, n += row.props
			RETURN outcome, count(*) AS rows, collect(CASE WHEN outcome <> 'created' THEN row.uid END) AS existing""";

	// Links made from a product list carry the list's name (COVERS {list}); the reference loader keeps them
	private static final String DELETE_STALE_OUTGOING = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})-[old:%s]->(b)
			WHERE NOT b.uid IN row.to AND old.list IS NULL
			DELETE old""";

	private static final String DELETE_STALE_INCOMING = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})<-[old:%s]-(b)
			WHERE NOT b.uid IN row.to AND old.list IS NULL
			DELETE old""";

	private static final String MERGE_OUTGOING = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})
			UNWIND row.to AS target
			MATCH (b:Entity {uid: target})
			MERGE (a)-[:%s]->(b)""";

	private static final String MERGE_INCOMING = """
			UNWIND $rows AS row
			MATCH (a:Entity {uid: row.from})
			UNWIND row.to AS target
			MATCH (b:Entity {uid: target})
			MERGE (a)<-[:%s]-(b)""";

	private static final String LINK_GOODS_TO_PARENTS = """
			MATCH (g:Good) WHERE g.level > 2 AND NOT (g)-[:PART_OF]->()
			MATCH (p:Good {hsCode: left(g.hsCode, toInteger(g.level) - 2)})
			MERGE (g)-[:PART_OF]->(p)""";

	private static final String LINK_INDUSTRIES_TO_PARENTS = """
			MATCH (i:Industry) WHERE i.level > 2 AND NOT (i)-[:PART_OF]->()
			CALL (i) {
			  MATCH (p:Industry {naicsCode: left(i.naicsCode, toInteger(i.level) - 1)}) WHERE i.level > 3
			  RETURN p
			  UNION
			  MATCH (p:Industry {level: 2}) WHERE i.level = 3 AND left(i.naicsCode, 2) IN p.sectorCodes
			  RETURN p
			}
			MERGE (i)-[:PART_OF]->(p)""";

	private final Driver driver;

	private final SessionConfig session;

	private final int batchSize;

	private final Progress progress;

	public GraphWriter(Driver driver, @Nullable String database, int batchSize, Progress progress) {
		this.driver = driver;
		this.session = (database == null || database.isBlank()) ? SessionConfig.defaultConfig()
				: SessionConfig.forDatabase(database);
		this.batchSize = batchSize;
		this.progress = progress;
	}

	/**
	 * Upserts the nodes of rows of one kind.
	 * @return the uids of the nodes that existed before: only their relationships can be stale
	 */
	public Set<String> writeNodes(String step, EntityKind kind, List<Row> rows, ImportReport report) {
		String query = UPSERT_NODES.formatted(kind.label());
		Map<String, Long> outcomes = new HashMap<>();
		Set<String> existing = new HashSet<>();
		inBatches(step, rows, batch -> {
			List<Map<String, Object>> params = batch.stream()
				.map(row -> Map.<String, Object>of("uid", row.uid(), "props", row.props()))
				.toList();
			try (var s = this.driver.session(this.session)) {
				s.executeWrite(tx -> {
					tx.run(query, Map.of("rows", params)).forEachRemaining(r -> {
						outcomes.merge(r.get("outcome").asString(), r.get("rows").asLong(), Long::sum);
						r.get("existing").asList(v -> v.asString()).forEach(existing::add);
					});
					return null;
				});
			}
		});
		report.addNodes(kind.label(), new NodeCounts(outcomes.getOrDefault("created", 0L),
				outcomes.getOrDefault("updated", 0L), outcomes.getOrDefault("unchanged", 0L)));
		return existing;
	}

	/**
	 * Writes the relationships of every reference column of the rows. Stale relationships are looked for only
	 * on nodes that existed before this import: a node created by it has none, and on a first import that
	 * saves a query per column and batch.
	 */
	public void writeRelationships(String step, List<Row> rows, ImportReport report, Set<String> existing) {
		Map<Column.Reference, List<Map<String, Object>>> byColumn = new LinkedHashMap<>();
		Map<Column.Reference, List<Map<String, Object>>> staleCandidates = new LinkedHashMap<>();
		for (Row row : rows) {
			for (Row.Link link : row.links()) {
				Map<String, Object> param = Map.of("from", row.uid(), "to",
						link.targets().stream().map(Row.Target::uid).toList());
				byColumn.computeIfAbsent(link.column(), c -> new ArrayList<>()).add(param);
				if (existing.contains(row.uid())) {
					staleCandidates.computeIfAbsent(link.column(), c -> new ArrayList<>()).add(param);
				}
			}
		}
		for (var entry : byColumn.entrySet()) {
			Column.Reference column = entry.getKey();
			String type = column.type().name();
			String merge = (column.incoming() ? MERGE_INCOMING : MERGE_OUTGOING).formatted(type);
			List<Map<String, Object>> stale = staleCandidates.getOrDefault(column, List.of());
			if (column.replace() && !stale.isEmpty()) {
				String delete = (column.incoming() ? DELETE_STALE_INCOMING : DELETE_STALE_OUTGOING).formatted(type);
				inBatches(step + " " + column.name() + " (stale)", stale, batch -> {
					try (var s = this.driver.session(this.session)) {
						long deleted = s.executeWrite(tx -> tx.run(delete, Map.of("rows", batch)).consume().counters())
							.relationshipsDeleted();
						report.addRelationships(type, new RelationshipCounts(0, deleted));
					}
				});
			}
			inBatches(step + " " + column.name(), entry.getValue(), batch -> {
				try (var s = this.driver.session(this.session)) {
					long created = s.executeWrite(tx -> tx.run(merge, Map.of("rows", batch)).consume().counters())
						.relationshipsCreated();
					report.addRelationships(type, new RelationshipCounts(created, 0));
				}
			});
		}
	}

	/** Links goods and industries to their parents wherever both are in the graph. */
	public void linkHierarchies(ImportReport report) {
		try (var s = this.driver.session(this.session)) {
			for (String query : List.of(LINK_GOODS_TO_PARENTS, LINK_INDUSTRIES_TO_PARENTS)) {
				var counters = s.executeWrite(tx -> tx.run(query).consume().counters());
				report.addRelationships(RelationshipType.PART_OF.name(), new RelationshipCounts(counters.relationshipsCreated(), 0));
			}
		}
	}

	/** Runs one write query over rows in batches, each batch one transaction. */
	public <T> void writeBatches(String step, String query, List<T> rows, Function<T, Map<String, Object>> toParams,
			ImportReport report, RelationshipType relationshipType) {
		inBatches(step, rows, batch -> {
			List<Map<String, Object>> params = batch.stream().map(toParams).toList();
			try (var s = this.driver.session(this.session)) {
				var counters = s.executeWrite(tx -> tx.run(query, Map.of("rows", params)).consume().counters());
				report.addRelationships(relationshipType.name(),
						new RelationshipCounts(counters.relationshipsCreated(), counters.relationshipsDeleted()));
			}
		});
	}

	/** Runs one write query that takes no rows, in one transaction. */
	public void writeOnce(String step, String query, ImportReport report, RelationshipType relationshipType) {
		try (var s = this.driver.session(this.session)) {
			var counters = s.executeWrite(tx -> tx.run(query).consume().counters());
			report.addRelationships(relationshipType.name(),
					new RelationshipCounts(counters.relationshipsCreated(), counters.relationshipsDeleted()));
		}
		this.progress.update(step, 1, 1);
	}

	/** Records that an import completed ({@link ImportLog}), as its last write. */
	public void recordImport(String what, String name, long rows) {
		try (var s = this.driver.session(this.session)) {
			s.executeWrite(tx -> tx.run(ImportLog.RECORD, Map.of("what", what, "name", name, "rows", rows)).consume());
		}
	}

	private <T> void inBatches(String step, List<T> rows, Consumer<List<T>> write) {
		for (int from = 0; from < rows.size(); from += this.batchSize) {
			int to = Math.min(rows.size(), from + this.batchSize);
			write.accept(rows.subList(from, to));
			this.progress.update(step, to, rows.size());
		}
	}

}
