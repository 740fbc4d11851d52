package org.tariffgraph.model.schema;

/**
 * When the graph was last loaded: one bookkeeping node per kind of import (the dataset, the reference data),
 * rewritten by each import that completes, so that people can see how fresh the data is. Like neo4j-migrations'
 * {@code __Neo4jMigration}, its label starts with two underscores and it is no {@code Entity}: questions that
 * start from entities never meet it.
 */
public final class ImportLog {

	/** The label of the bookkeeping nodes. */
	public static final String LABEL = "__TariffGraphImport";

	/** Records a completed import: {@code $what} (dataset, reference), {@code $name} and {@code $rows}. */
	public static final String RECORD = """
			MERGE (i:%s {what: $what})
			SET i.name = $name, i.rows = $rows, i.at = datetime()""".formatted(LABEL);

	/** Every kind of import with its latest completion, the newest first. */
	public static final String READ = """
			MATCH (i:%s) RETURN i.what AS what, i.name AS name, i.rows AS rows, i.at AS at ORDER BY at DESC"""
		.formatted(LABEL);

	/** What was imported. */
	public static final String DATASET = "dataset";

	public static final String REFERENCE = "reference";

	private ImportLog() {
	}

}
