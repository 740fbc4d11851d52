package org.tariffgraph.importer.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader that remembers where every field starts, so that a problem can be reported as
 * {@code file:line:column}. Quoted fields may hold commas, doubled quotes and line breaks.
 */
public final class CsvReader implements AutoCloseable {

	private final String file;

	private final BufferedReader in;

	private int line = 1;

	private int column = 0;

	private int peeked = -2;

	public CsvReader(String file, Reader reader) {
		this.file = file;
		this.in = (reader instanceof BufferedReader buffered) ? buffered : new BufferedReader(reader, 1 << 16);
	}

	/** The name problems are reported against. */
	public String file() {
		return this.file;
	}

	/**
	 * Reads the next record.
	 * @return the record, or {@code null} at the end of the input
	 * @throws CsvSyntaxException where the text is not well-formed CSV
	 */
	public CsvRecord next() throws IOException {
		int c = peek();
		if (c == -1) {
			return null;
		}
		int recordLine = this.line;
		List<CsvField> fields = new ArrayList<>();
		while (true) {
			fields.add(readField());
			c = read();
			if (c == ',') {
				continue;
			}
			if (c == '\r' && peek() == '\n') {
				read();
			}
			return new CsvRecord(recordLine, List.copyOf(fields));
		}
	}

	private CsvField readField() throws IOException {
		int startLine = this.line;
		int startColumn = this.column + 1;
		StringBuilder value = new StringBuilder();
		if (peek() == '"') {
			read();
			while (true) {
				int c = read();
				if (c == -1) {
					throw new CsvSyntaxException(this.file, startLine, startColumn,
							"a closing quote for the field that opens here, found the end of the file");
				}
				if (c == '"') {
					if (peek() == '"') {
						read();
						value.append('"');
						continue;
					}
					int after = peek();
					if (after != ',' && after != '\n' && after != '\r' && after != -1) {
						throw new CsvSyntaxException(this.file, this.line, this.column + 1,
								"a comma or the end of the line after a closing quote, found '" + (char) after + "'");
					}
					return new CsvField(value.toString(), startLine, startColumn, true);
				}
				value.append((char) c);
			}
		}
		while (true) {
			int c = peek();
			if (c == ',' || c == '\n' || c == '\r' || c == -1) {
				return new CsvField(value.toString(), startLine, startColumn, false);
			}
			if (c == '"') {
				throw new CsvSyntaxException(this.file, this.line, this.column + 1,
						"no quote inside an unquoted field (quote the whole field and double the quote: \"\"), found '\"'");
			}
			value.append((char) read());
		}
	}

	private int peek() throws IOException {
		if (this.peeked == -2) {
			this.peeked = this.in.read();
		}
		return this.peeked;
	}

	private int read() throws IOException {
		int c = peek();
		this.peeked = -2;
		if (c == '\n') {
			this.line++;
			this.column = 0;
		}
		else if (c != -1 && c != '\r') {
			this.column++;
		}
		return c;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
