package org.tariffgraph.importer.dataset;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tariffgraph.importer.csv.CsvReader;

/**
 * The dataset that ships with Tariff Graph: the April 2025 seed article and the 2025–2026 US–China tariff
 * timeline, in {@code importer/src/main/resources/datasets/us-china-2025/}.
 */
public final class BundledDataset {

	public static final String NAME = "us-china-2025";

	private static final String LOCATION = "/datasets/" + NAME + "/";

	private BundledDataset() {
	}

	public static DatasetReader.Result read(int maxProblemsPerFile) {
		Set<String> present = new LinkedHashSet<>();
		for (String file : DatasetFormat.fileNames()) {
			if (BundledDataset.class.getResource(LOCATION + file) != null) {
				present.add(file);
			}
		}
		return new DatasetReader(maxProblemsPerFile).read(NAME, present, file -> {
			InputStream in = BundledDataset.class.getResourceAsStream(LOCATION + file);
			return CsvReader.utf8(in);
		});
	}

}
