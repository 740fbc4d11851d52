package org.tariffgraph.importer.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

	private final List<String> problems = new ArrayList<>();

	/** The lines of the records a reader sees below the header, the problems said of the others. */
	private List<Integer> linesSeen(String text) throws IOException {
		List<Integer> lines = new ArrayList<>();
		try (CsvReader csv = new CsvReader("f.csv", new StringReader(text))) {
			CsvRecord header = csv.next();
			CsvRows rows = new CsvRows(csv, "f.csv", header.size(),
					(file, line, column, expected) -> this.problems.add(file + ":" + line + ":" + column + ": " + expected));
			CsvRecord record;
			while ((record = rows.next()) != null) {
				lines.add(record.line());
			}
		}
		return lines;
	}

	@Test
	void recordsOfTheHeadersWidthAreReadAndBlankLinesSkippedSilently() throws IOException {
		assertThat(linesSeen("a,b,c\n1,2,3\n\n4,5,6\n")).containsExactly(2, 4);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void aRecordOfAnotherWidthIsSaidWhereItGoesWrongAndSkipped() throws IOException {
		assertThat(linesSeen("a,b,c\n1,2\n3,4,5\n6,7,8,9\n")).containsExactly(3);
		assertThat(this.problems).containsExactly("f.csv:2:1: expected 3 fields as in the header, found 2",
				"f.csv:4:7: expected 3 fields as in the header, found 4");
	}

}
