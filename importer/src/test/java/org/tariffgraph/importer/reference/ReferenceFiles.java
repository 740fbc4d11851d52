package org.tariffgraph.importer.reference;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the public reference files are: {@code -Dtariffgraph.reference-data=DIR}, by default {@code ../shared/data}. */
final class ReferenceFiles {

	static final Path DIR = Path.of(System.getProperty("tariffgraph.reference-data", "../shared/data"));

	private ReferenceFiles() {
	}

	/** The file, or the test is skipped with a message saying what is missing. */
	static Path require(String name) {
		Path file = DIR.resolve(name);
		assumeTrue(Files.isRegularFile(file), () -> "Skipped: the reference file " + file.toAbsolutePath()
				+ " is absent (set -Dtariffgraph.reference-data=DIR to where the public files are)");
		return file;
	}

	static ReferenceImporter.Files all() {
		return ReferenceImporter.Files.of(require("harmonized-system-2022.csv"), require("naics-2022-structure.csv"),
				null, require("hs6-naics-concordance.csv"), null);
	}

}
