package org.tariffgraph.importer.csv;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * The records below a file's header line, framed alike for the dataset's and the reference files: blank lines
 * are skipped, and a record with another number of fields than the header is reported (at its last field when
 * it has too many, at column 1 when it has too few) and skipped, so that a reader sees only records of the
 * header's width and decides what their fields mean.
 */
public final class CsvRows {

	/** Where a problem is said: the file, line and column, and what was expected. */
	@FunctionalInterface
	public interface Problems {

		void add(String file, int line, int column, String expected);

	}

	private final CsvReader csv;

	private final String file;

	private final int fields;

	private final Problems problems;

	/** The records of {@code csv} after its header of {@code fields} fields. */
	public CsvRows(CsvReader csv, String file, int fields, Problems problems) {
		this.csv = csv;
		this.file = file;
		this.fields = fields;
		this.problems = problems;
	}

	/** The next record of the header's width, or null at the end of the file. */
	public @Nullable CsvRecord next() throws IOException {
		CsvRecord record;
		while ((record = this.csv.next()) != null) {
			if (record.isBlank()) {
				continue;
			}
			if (record.size() != this.fields) {
				int column = (record.size() > this.fields) ? record.field(record.size() - 1).column() : 1;
				this.problems.add(this.file, record.line(), column,
						"expected %d fields as in the header, found %d".formatted(this.fields, record.size()));
				continue;
			}
			return record;
		}
		return null;
	}

}
