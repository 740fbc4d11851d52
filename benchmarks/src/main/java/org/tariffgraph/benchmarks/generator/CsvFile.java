package org.tariffgraph.benchmarks.generator;

import org.jspecify.annotations.Nullable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one CSV file of a dataset, quoting cells as RFC 4180 asks. */
final class CsvFile implements AutoCloseable {

	private final BufferedWriter out;

	private long rows;

	CsvFile(Path file, String... header) throws IOException {
		this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		write((Object[]) header);
		this.rows = 0;
	}

	void write(@Nullable Object... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			String text = (cells[i] == null) ? "" : cells[i].toString();
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				this.out.write('"');
				this.out.write(text.replace("\"", "\"\""));
				this.out.write('"');
			}
			else {
				this.out.write(text);
			}
		}
		this.out.write('\n');
		this.rows++;
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
