package org.tariffgraph.local;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.reference.BundledReference;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.schema.GraphSchema;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations and, when the database holds no entity yet, imports the bundled dataset and
 * then the shipped reference data (whose product lists link the dataset's measures to tariff lines), before
 * the API starts answering. A restart finds the data and imports nothing.
 */
@Component
final class BundledDatasetLoader implements InitializingBean {

	private static final Log logger = LogFactory.getLog(BundledDatasetLoader.class);

	private final Driver driver;

	private final LocalNeo4jProperties properties;

	BundledDatasetLoader(Driver driver, LocalNeo4jProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		long entities = this.driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		if (entities > 0 || !this.properties.importBundledDataset()) {
			logger.info("Graph schema at version " + GraphSchema.migrate(this.driver));
			logger.info((entities > 0)
					? "The database holds %d entities; the bundled dataset is not imported again".formatted(entities)
					: "The database is empty; importing the bundled dataset is switched off");
			return;
		}
		// The import applies the schema migrations itself, before it writes
		var result = BundledDataset.read(50);
		if (!result.valid()) {
			throw new IllegalStateException("The bundled dataset is invalid: " + result.problems().describe());
		}
		var report = new DatasetImporter(this.driver, null, 1000, Progress.NONE).write(result.dataset());
		logger.info("Imported the bundled dataset %s:%n%s".formatted(BundledDataset.NAME, report.describe()));
		if (this.properties.importBundledReference()) {
			importReference();
		}
	}

	/** The shipped reference data, through the same loaders as {@code tariff-graph-importer reference --bundled}. */
	private void importReference() {
		logger.info("Loading the shipped reference data (HS 2022, NAICS 2022, US tariff lines, product lists): "
				+ "about a minute on the first start only");
		var report = BundledReference.load(this.driver, null, 2000, new LogProgress());
		logger.info("Loaded the shipped reference data:%n%s".formatted(report.describe()));
	}

	/** Logs a step's progress at most every five seconds, and when it is done. */
	private static final class LogProgress implements Progress {

		private long lastLog;

		@Override
		public void update(String step, long done, long total) {
			long now = System.nanoTime();
			if (done == total || now - this.lastLog > 5_000_000_000L) {
				logger.info("  %s: %d / %d".formatted(step, done, total));
				this.lastLog = now;
			}
		}

	}

}
