package org.tariffgraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.tariffgraph.model.schema.ImportLog;

/**
 * The whole graph as sorted lines of text (nodes with labels and properties, relationships with theirs), without
 * the bookkeeping of migrations and of the import log, whose timestamps say when, not what.
 */
public final class GraphSnapshots {

	private static final String NODES = """
			MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:%s
			RETURN labels(n) AS labels, properties(n) AS props""".formatted(ImportLog.LABEL);

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration
			RETURN a.uid AS from, type(r) AS type, properties(r) AS props, b.uid AS to""";

	private GraphSnapshots() {
	}

	public static List<String> take(Driver driver) {
		List<String> lines = new ArrayList<>();
		driver.executableQuery(NODES).execute().records().forEach(r -> lines.add(
				"node " + r.get("labels").asList().stream().map(String::valueOf).sorted().toList() + " "
						+ new TreeMap<>(r.get("props").asMap())));
		driver.executableQuery(RELATIONSHIPS).execute().records().forEach(r -> lines.add(
				"rel " + r.get("from").asString() + " -" + r.get("type").asString() + new TreeMap<>(r.get("props").asMap())
						+ "-> " + r.get("to").asString()));
		lines.sort(null);
		return List.copyOf(lines);
	}

}
