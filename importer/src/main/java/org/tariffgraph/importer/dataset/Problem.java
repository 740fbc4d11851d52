package org.tariffgraph.importer.dataset;

/**
 * One thing wrong with the input: where it is and what was expected.
 * @param file the file's name as the user gave it
 * @param line 1-based line, 0 where the problem concerns the whole file
 * @param column 1-based character column, 0 where the problem concerns a whole line or file
 * @param message what was expected, and what was found
 */
public record Problem(String file, int line, int column, String message) {

	@Override
	public String toString() {
		if (this.line == 0) {
			return this.file + ": " + this.message;
		}
		return "%s:%d:%d: %s".formatted(this.file, this.line, this.column, this.message);
	}

}
