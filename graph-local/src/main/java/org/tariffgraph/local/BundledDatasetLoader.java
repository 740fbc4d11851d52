package org.tariffgraph.local;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.reference.BundledReference;
import org.tariffgraph.importer.reference.ReferenceImporter;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.schema.GraphSchema;
import org.tariffgraph.model.schema.ImportLog;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations and, until the import log shows them completed, imports the bundled dataset and
 * then the shipped reference data (whose product lists link the dataset's measures to tariff lines), before
 * the API starts answering. A restart after a completed first start imports nothing; one after a first start
 * that was killed part-way completes it.
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

	/**
	 * Imports what the import log does not show as completed: a first start killed part-way leaves entities
	 * but no log entry, and is completed on the next start (the imports are idempotent); a completed import is
	 * never repeated. A data folder from before the log existed is completed the same way, harmlessly.
	 */
	@Override
	public void afterPropertiesSet() {
		// the import log is read before any migration: reading a label needs no schema
		Set<String> completed = new HashSet<>(this.driver.executableQuery(ImportLog.READ).execute().records().stream()
			.map(r -> r.get("what").asString())
			.toList());
		boolean dataset = this.properties.importBundledDataset() && !completed.contains(ImportLog.DATASET);
		boolean reference = this.properties.importBundledDataset() && this.properties.importBundledReference()
				&& !completed.contains(ImportLog.REFERENCE);
		if (!dataset && !reference) {
			// nothing to import, which would apply the migrations itself: a data folder made by an older version
			// still gets the newer ones
			logger.info("Graph schema at version " + GraphSchema.migrate(this.driver));
			logger.info(this.properties.importBundledDataset()
					? "The import log shows the bundled data loaded; nothing is imported again"
					: "Importing the bundled dataset is switched off");
			return;
		}
		if (dataset) {
			// shipped and tested valid: a problem here is a broken build, which validDataset() names
			var report = new DatasetImporter(this.driver, null, DatasetImporter.DEFAULT_BATCH_SIZE, Progress.NONE)
				.write(BundledDataset.read(Problems.LISTED_PER_FILE).validDataset());
			logger.info("Imported the bundled dataset %s:%n%s".formatted(BundledDataset.NAME, report.describe()));
		}
		if (reference) {
			importReference();
		}
	}

	/** The shipped reference data, through the same loaders as {@code tariff-graph-importer reference --bundled}. */
	private void importReference() {
		logger.info("Loading the shipped reference data (HS 2022, NAICS 2022, US tariff lines, product lists): "
				+ "about a minute on the first start only");
		var report = BundledReference.load(this.driver, null, ReferenceImporter.DEFAULT_BATCH_SIZE, new LogProgress());
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
