package org.tariffgraph.benchmarks.load;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.tariffgraph.model.schema.ImportLog;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tariffgraph.model.schema.GraphSchema;

/**
 * A new, empty in-process Neo4j with the graph's schema, reached over Bolt like a server, that LOAD CSV may
 * read the dataset folder from. Every measurement gets its own, so that none starts warm.
 */
public final class FreshDatabase implements AutoCloseable {

	/** Enough to hold the scale-3 graph, as a server is sized to hold its graph. */
	static final long PAGE_CACHE = ByteUnit.gibiBytes(1);

	private final Neo4j neo4j;

	private final Driver driver;

	public FreshDatabase(Path workDir, @Nullable Path csvRoot) {
		// the harness gives a test database an 8 MiB page cache; a server is sized to hold its graph, and so is
		// this one (on the main job's 30 MB graph the products benchmark's figures did not move measurably)
		var builder = Neo4jBuilders.newInProcessBuilder(workDir)
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE);
		if (csvRoot != null) {
			builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, csvRoot.toAbsolutePath());
		}
		this.neo4j = builder.build();
		this.driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
		GraphSchema.migrate(this.driver);
	}

	public Driver driver() {
		return this.driver;
	}

	public String boltUri() {
		return this.neo4j.boltURI().toString();
	}

	/** Nodes and relationships of the graph, without the bookkeeping of migrations and of the import log. */
	public long[] size() {
		var record = this.driver.executableQuery("""
				RETURN COUNT { (n) WHERE NOT n:__Neo4jMigration AND NOT n:%1$s } AS nodes,
				       COUNT { (a)-[]->() WHERE NOT a:__Neo4jMigration AND NOT a:%1$s } AS relationships"""
			.formatted(ImportLog.LABEL)).execute().records().get(0);
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
	}

	@Override
	public void close() {
		this.driver.close();
		this.neo4j.close();
	}

}
