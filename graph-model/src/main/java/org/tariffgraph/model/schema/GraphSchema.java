package org.tariffgraph.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
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

	/** The file listing the migrations, one name a line; a test keeps it equal to the folder's content. */
	public static final String INDEX = "neo4j/migrations/index.txt";

	/**
	 * The migrations named in the index. Scanning the whole classpath for them, as neo4j-migrations does by
	 * default, costs seconds in a large application jar at every start.
	 */
	static List<URL> indexedMigrations() {
		ClassLoader loader = GraphSchema.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(INDEX)) {
			if (in == null) {
				throw new IllegalStateException("The migration index " + INDEX + " is missing from the classpath");
			}
			List<URL> urls = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (!line.isBlank()) {
					urls.add(Objects.requireNonNull(loader.getResource("neo4j/migrations/" + line.trim()),
							() -> "The migration " + line + " named in " + INDEX + " is missing"));
				}
			}
			return urls;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			.withResourceScanner(locations -> indexedMigrations())
			.build();
		var migrations = new Migrations(config, driver);
		try {
			return apply(migrations);
		}
		catch (MigrationsException ex) {
			if (!String.valueOf(ex.getMessage()).contains(LOCK_LABEL)) {
				throw ex;
			}
			// another process may be migrating: ours take milliseconds, so a lock still held after the wait was left
			// by a process that stopped part-way (a killed importer or main job), and would block every later start
			for (int wait = 0; wait < LOCK_WAITS; wait++) {
				sleep();
				if (!locked(driver)) {
					return apply(migrations);
				}
			}
			driver.executableQuery("MATCH (lock:" + LOCK_LABEL + ") DELETE lock").execute();
			logger.log(System.Logger.Level.WARNING, "Removed a schema migration lock left by a process that stopped "
					+ "during a migration");
			return apply(migrations);
		}
	}

	/** The node neo4j-migrations holds while it migrates. */
	static final String LOCK_LABEL = "__Neo4jMigrationsLock";

	/** Half-second waits for another process's migration before a lock counts as left behind. */
	private static final int LOCK_WAITS = 10;

	private static final System.Logger logger = System.getLogger(GraphSchema.class.getName());

	private static String apply(Migrations migrations) {
		return migrations.apply().map(version -> version.getValue()).orElse("none");
	}

	private static boolean locked(Driver driver) {
		return driver.executableQuery("MATCH (lock:" + LOCK_LABEL + ") RETURN count(lock) > 0 AS locked").execute()
			.records().get(0).get("locked").asBoolean();
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a schema migration lock", ex);
		}
	}

}
