package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.csv.CsvRows;
import org.tariffgraph.importer.csv.CsvSyntaxException;
import org.tariffgraph.importer.dataset.Column;
import org.tariffgraph.importer.dataset.KindRules;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/**
 * What every reference file's reader shares: opening the file, its header and the rows below it, codes met once,
 * rows linked to the source they come from, and a whole file's problems, each said as file, line, column and what
 * was expected.
 */
final class ReferenceCsv {

	private static final Column.Reference SOURCED_BY = Column.Reference
		.to("sources", RelationshipType.SOURCED_BY, Set.of(EntityKind.SOURCE))
		.required()
		.list()
		.addingOnly()
		.help("the reference file");

	private final Problems problems;

	ReferenceCsv(Problems problems) {
		this.problems = problems;
	}

	/**
	 * Whether {@code code} is met for the first time in the file; where it is not, the problem is recorded with the
	 * line it was first on.
	 * @param field the field of {@code record} that holds the code
	 */
	boolean once(String file, Map<String, Integer> seen, String code, CsvRecord record, int field, String what) {
		Integer earlier = seen.putIfAbsent(code, record.line());
		if (earlier != null) {
			this.problems.add(file, record.line(), record.field(field).column(),
					"expected each " + what + " once, " + code + " is already on line " + earlier);
			return false;
		}
		return true;
	}

	/**
	 * The records below the header, where the file's first line is the header {@code columns}; null where it is
	 * not, the problem recorded.
	 */
	@Nullable CsvRows rowsUnder(String file, CsvReader csv, List<String> columns) throws IOException {
		CsvRecord header = expectHeader(file, csv.next(), columns);
		return (header == null) ? null : new CsvRows(csv, file, header.size(), this.problems::add);
	}

	private @Nullable CsvRecord expectHeader(String file, @Nullable CsvRecord header, List<String> columns) {
		if (header == null) {
			this.problems.add(file, 1, 1, "expected a header line: " + String.join(",", columns));
			return null;
		}
		List<String> found = header.fields().stream().map(f -> f.value().trim()).toList();
		if (!found.equals(columns)) {
			this.problems.add(file, 1, 1, "expected the header " + String.join(",", columns) + ", found "
					+ String.join(",", found));
			return null;
		}
		return header;
	}

	static CsvReader open(ReferenceFile file) throws IOException {
		return new CsvReader(file.name(), file.reader());
	}

	static Row row(EntityKind kind, String key, int line, Map<String, Object> props, Row source) {
		KindRules.derive(kind, key, props);
		return new Row(kind, kind.uid(key), line, props,
				List.of(new Row.Link(SOURCED_BY, List.of(new Row.Target(source.uid(), line, 1)))));
	}

	/** Reports a syntax or encoding problem of a whole file in the same form as the others. */
	void fileProblem(ReferenceFile file, IOException ex) {
		switch (ex) {
			case CsvSyntaxException syntax -> this.problems.add(syntax.file(), syntax.line(), syntax.column(),
					"expected " + syntax.expected());
			case NoSuchFileException missing -> this.problems.add(file.name(), 0, 0,
					"expected a readable file; there is none");
			default -> this.problems.add(file.name(), 0, 0, "could not be read: " + ex.getMessage());
		}
	}

}
