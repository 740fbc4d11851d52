package org.tariffgraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.dataset.Table;
import org.tariffgraph.importer.write.GraphWriter;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.schema.GraphSchema;
import org.tariffgraph.model.schema.ImportLog;

/**
 * Writes a validated dataset: schema migrations first, then every file's nodes, then their
 * relationships, then the code hierarchies. The entry point for the CLI and for the main job's first start.
 */
public final class DatasetImporter {

	/** Rows per transaction unless the user asks for another number ({@code import --batch-size}). */
	public static final int DEFAULT_BATCH_SIZE = 1000;

	private final Driver driver;

	private final GraphWriter writer;

	public DatasetImporter(Driver driver, @Nullable String database, int batchSize, Progress progress) {
		this.driver = driver;
		this.writer = new GraphWriter(driver, database, batchSize, progress);
	}

	public ImportReport write(Dataset dataset) {
		long start = System.nanoTime();
		GraphSchema.migrate(this.driver);
		ImportReport report = new ImportReport();
		Set<String> existing = new HashSet<>();
		for (Map.Entry<Table, List<Row>> entry : dataset.rowsByTable().entrySet()) {
			existing.addAll(this.writer.writeNodes(entry.getKey().file(), entry.getKey().kind(), entry.getValue(), report));
		}
		for (Map.Entry<Table, List<Row>> entry : dataset.rowsByTable().entrySet()) {
			this.writer.writeRelationships(entry.getKey().file(), entry.getValue(), report, existing);
		}
		this.writer.linkHierarchies(report);
		this.writer.recordImport(ImportLog.DATASET, dataset.name(), dataset.rowCount());
		report.addRows(dataset.rowCount());
		report.setDuration(Duration.ofNanos(System.nanoTime() - start));
		return report;
	}

}
