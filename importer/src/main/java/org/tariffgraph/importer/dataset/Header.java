package org.tariffgraph.importer.dataset;

import java.util.HashSet;
import java.util.Set;

import org.tariffgraph.importer.csv.CsvField;
import org.tariffgraph.importer.csv.CsvRecord;

/** A dataset file's header line: which column of the table each field names. */
final class Header {

	private Header() {
	}

	/**
	 * The table's column at each position of the header, null where the header names none of them; every name
	 * that is not a column, named twice, or a required column missing is a problem at its place in the file.
	 */
	static Column[] columns(Table table, CsvRecord header, Problems problems) {
		Column[] columnAt = new Column[header.size()];
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			CsvField field = header.field(i);
			String name = field.value().trim();
			var column = table.column(name);
			if (column.isEmpty()) {
				problems.add(table.file(), field.line(), field.column(), "expected a column of " + table.file() + " ("
						+ String.join(", ", table.columns().stream().map(Column::name).toList()) + "), found '" + name
						+ "'");
			}
			else if (!seen.add(name)) {
				problems.add(table.file(), field.line(), field.column(), "expected each column once, '" + name
						+ "' appears again");
			}
			else {
				columnAt[i] = column.get();
			}
		}
		for (Column column : table.columns()) {
			if (column.required() && !seen.contains(column.name())) {
				problems.add(table.file(), header.line(), 1, "expected a column '" + column.name() + "' ("
						+ column.help() + ")");
			}
		}
		return columnAt;
	}

}
