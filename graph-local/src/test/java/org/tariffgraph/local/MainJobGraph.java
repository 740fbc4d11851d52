package org.tariffgraph.local;

import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.reference.BundledReference;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.testing.TestNeo4j;

/** The graph the main job starts with (the bundled dataset and the shipped reference data), in the test database. */
final class MainJobGraph {

	private MainJobGraph() {
	}

	/** Empties the test database and loads it as the main job's first start does, its indexes online. */
	static void load() {
		loadDatasetOnly();
		BundledReference.load(TestNeo4j.driver(), null, 2000, Progress.NONE);
		TestNeo4j.driver().executableQuery("CALL db.awaitIndexes(300)").execute();
	}

	/** How many measures the bundled dataset has, which the start page and the graph count. */
	static long bundledMeasures() {
		return BundledDataset.read(50).dataset().rowCounts().get("measures.csv");
	}

	/** Empties the test database and loads the bundled dataset alone. */
	static void loadDatasetOnly() {
		TestNeo4j.clean();
		new DatasetImporter(TestNeo4j.driver(), null, 1000, Progress.NONE).write(BundledDataset.read(50).dataset());
	}

}
