package org.tariffgraph.model.testing;

import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tariffgraph.model.schema.GraphSchema;

/**
 * One in-process Neo4j per test JVM, reached over Bolt on a random port like any server, with the
 * schema migrations applied. Tests clean it with {@link #clean()} rather than starting a new one, which
 * costs seconds.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private static Driver driver;

	private TestNeo4j() {
	}

	/** The shared database, started on first use. */
	public static synchronized Neo4j get() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
			GraphSchema.migrate(driver);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				neo4j.close();
			}));
		}
		return neo4j;
	}

	/** A driver for the shared database; do not close it. */
	public static Driver driver() {
		get();
		return driver;
	}

	/** The Bolt URI of the shared database. */
	public static String boltUri() {
		return get().boltURI().toString();
	}

	/** Removes all data and keeps the schema and the migration chain. */
	public static void clean() {
		try (var session = driver().session()) {
			// An implicit (auto-commit) transaction: the only kind that may run CALL { } IN TRANSACTIONS
			session.run("MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
				.consume();
		}
	}

	/** Runs a fixture: one Cypher text, statements separated by semicolons. */
	public static void load(String cypher) {
		try (var session = driver().session()) {
			for (String statement : cypher.split(";\\s*(\\n|$)")) {
				if (!statement.isBlank()) {
					session.run(statement, Map.of()).consume();
				}
			}
		}
	}

}
