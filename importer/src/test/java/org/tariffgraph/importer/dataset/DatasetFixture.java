package org.tariffgraph.importer.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the small test dataset in a folder of the test's own, to break one file at a time. */
public final class DatasetFixture {

	private final Path folder;

	private DatasetFixture(Path folder) {
		this.folder = folder;
	}

	/** Copies {@code src/test/resources/datasets/small} into {@code target}. */
	public static DatasetFixture small(Path target) {
		try {
			Path source = Path.of(DatasetFixture.class.getResource("/datasets/small").toURI());
			try (Stream<Path> files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName()));
				}
			}
			return new DatasetFixture(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Path folder() {
		return this.folder;
	}

	/** Replaces line {@code number} (1-based) of a file. */
	public DatasetFixture replaceLine(String file, int number, String text) {
		List<String> lines = lines(file);
		lines.set(number - 1, text);
		return write(file, lines);
	}

	/** Adds a line at the end of a file. */
	public DatasetFixture append(String file, String text) {
		List<String> lines = lines(file);
		lines.add(text);
		return write(file, lines);
	}

	/** Writes a whole file. */
	public DatasetFixture write(String file, List<String> lines) {
		try {
			Files.write(this.folder.resolve(file), lines);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public DatasetFixture delete(String file) {
		try {
			Files.delete(this.folder.resolve(file));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> lines(String file) {
		try {
			return new ArrayList<>(Files.readAllLines(this.folder.resolve(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
