package org.tariffgraph.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.benchmarks.generator.ScaleGenerator;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.reference.ReferenceImporter;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleGeneratorTest {

	@TempDir
	Path dir;

	private static ReferenceImporter.Plan tinyReference() throws Exception {
		Path reference = Path.of(ScaleGeneratorTest.class.getResource("/tiny-reference").toURI());
		return ReferenceImporter.read(ReferenceImporter.Files.of(reference.resolve("harmonized-system-2022.csv"),
				reference.resolve("naics-2022-structure.csv"), null, reference.resolve("hs6-naics-concordance.csv"), null), 50);
	}

	@Test
	void theSameSeedWritesTheSameValidDatasetAndTheScaleSetsItsSize() throws Exception {
		var reference = tinyReference();
		var first = new ScaleGenerator(0.01, 7, reference).write(this.dir.resolve("a"));
		var again = new ScaleGenerator(0.01, 7, reference).write(this.dir.resolve("b"));
		var larger = new ScaleGenerator(0.02, 7, reference).write(this.dir.resolve("c"));
		for (String file : first.rowsPerFile().keySet()) {
			assertThat(Files.readString(this.dir.resolve("b").resolve(file))).as(file)
				.isEqualTo(Files.readString(this.dir.resolve("a").resolve(file)));
		}
		assertThat(larger.rowsPerFile().get("measures.csv")).isEqualTo(2 * first.rowsPerFile().get("measures.csv"));
		var read = new DatasetReader(50).read(this.dir.resolve("a"));
		assertThat(read.problems().describe()).isEmpty();
		assertThat(read.dataset().rowCount()).isEqualTo(first.rows());
	}

}
