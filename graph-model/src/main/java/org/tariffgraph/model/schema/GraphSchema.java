package org.tariffgraph.model.schema;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;

/**
 * The graph's schema lives in {@code classpath:neo4j/migrations} as versioned Cypher files; this applies
 * the ones a database has not seen yet. Both the importer and the main job call it, so that neither
 * creates schema ad hoc.
 */
public final class GraphSchema {

	/** Where the migration files are, for tools that scan them (e.g. a test checking the schema). */
	public static final String LOCATION = "classpath:neo4j/migrations";

	private GraphSchema() {
	}

	/**
	 * Applies pending migrations.
	 * @param driver a driver for the target database
	 * @return the schema version the database is at afterwards
	 */
	public static String migrate(Driver driver) {
		var config = MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withPackagesToScan()
			.build();
		return new Migrations(config, driver).apply()
			.map(version -> version.getValue())
			.orElse("none");
	}

}
