package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.tariffgraph.importer.csv.CsvReader;

/**
 * A reference file to read: a file a user names, or one shipped inside the application (gzip-compressed,
 * named without {@code .gz} in messages). Both are read by the same readers.
 * @param name how the file is named in reports and problems
 */
public record ReferenceFile(String name, Opener opener) {

	/** Opens the file's bytes. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	public static ReferenceFile of(Path path) {
		return new ReferenceFile(path.toString(), () -> {
			if (!Files.isRegularFile(path)) {
				throw new NoSuchFileException(path.toString(), null, "expected a readable file");
			}
			InputStream in = Files.newInputStream(path);
			return path.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
		});
	}

	/** A gzip-compressed resource of the application, {@code resource + ".gz"}. */
	public static ReferenceFile shipped(String resource) {
		return new ReferenceFile("classpath:" + resource, () -> {
			InputStream in = ReferenceFile.class.getResourceAsStream(resource + ".gz");
			if (in == null) {
				throw new NoSuchFileException(resource + ".gz", null, "expected a resource of the application");
			}
			return new GZIPInputStream(in);
		});
	}

	/** The text, decoded strictly as UTF-8 so that a wrong encoding is reported rather than guessed. */
	Reader reader() throws IOException {
		return CsvReader.utf8(this.opener.open());
	}

}
