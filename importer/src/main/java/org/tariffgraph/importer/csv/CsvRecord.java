package org.tariffgraph.importer.csv;

import java.util.List;

/** One record: the line it starts on and its fields. */
public record CsvRecord(int line, List<CsvField> fields) {

	public int size() {
		return this.fields.size();
	}

	public CsvField field(int index) {
		return this.fields.get(index);
	}

	/** A record of one empty field: a blank line. */
	public boolean isBlank() {
		return this.fields.size() == 1 && this.fields.get(0).value().isBlank() && !this.fields.get(0).quoted();
	}

}
