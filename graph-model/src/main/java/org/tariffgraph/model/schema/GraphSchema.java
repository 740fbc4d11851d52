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
		return new Migrations(config, driver).apply()
			.map(version -> version.getValue())
			.orElse("none");
	}

}
