package org.tariffgraph.importer.csv;

import java.io.IOException;

/** Text that is not well-formed CSV, with where and what was expected. */
public final class CsvSyntaxException extends IOException {

	private final String file;

	private final int line;

	private final int column;

	private final String expected;

	public CsvSyntaxException(String file, int line, int column, String expected) {
		super("%s:%d:%d: expected %s".formatted(file, line, column, expected));
		this.file = file;
		this.line = line;
		this.column = column;
		this.expected = expected;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

	public String expected() {
		return this.expected;
	}

}
