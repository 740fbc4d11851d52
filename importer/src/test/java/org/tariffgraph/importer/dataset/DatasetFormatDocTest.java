package org.tariffgraph.importer.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetFormatDocTest {

	@Test
	void theFormatDocumentNamesEveryFileAndEveryColumnWithItsRequiredMark() throws IOException {
		String doc = Files.readString(Path.of("../docs/dataset-format.md"));
		for (Table table : DatasetFormat.TABLES) {
			String row = doc.lines()
				.filter(line -> line.startsWith("| `" + table.file() + "` |"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("docs/dataset-format.md has no row for " + table.file()));
			for (Column column : table.columns()) {
				assertThat(row).as(table.file()).contains("`" + column.name() + "`" + (column.required() ? "✱" : ""));
			}
		}
	}

}
