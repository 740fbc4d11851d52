package org.tariffgraph.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The in-process database's password: generated on the first start, kept in the data folder in a file only
 * its owner may read, and read from there on every later start. The password itself is never logged or put on
 * a command line; what people are told is where the file is, so that the importer
 * ({@code --password-file}), Neo4j Browser and drivers can use it.
 * @param file where the password is kept
 * @param password the password
 * @param generated whether this start created it
 */
record LocalCredentials(Path file, String password, boolean generated) {

	/** The user Neo4j creates; the in-process database has no other. */
	static final String USER = "neo4j";

	/** The file's name in the data folder. */
	static final String FILE_NAME = "neo4j-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** 24 random bytes: 192 bits, far past what guessing over Bolt could reach. */
	private static final int RANDOM_BYTES = 24;

	@Override
	public String toString() {
		// a record's toString would print the password wherever the object is logged
		return "LocalCredentials[file=" + this.file + ", generated=" + this.generated + "]";
	}

	/** Reads the password kept in the data folder, or generates and keeps one. */
	static LocalCredentials in(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		if (Files.exists(file)) {
			return new LocalCredentials(file, read(file), false);
		}
		String password = generate();
		try {
			write(file, password);
		}
		catch (FileAlreadyExistsException ex) {
			return new LocalCredentials(file, read(file), false);
		}
		return new LocalCredentials(file, password, true);
	}

	private static String read(Path file) throws IOException {
		String password = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
		if (password.isEmpty()) {
			throw new IOException("the password file " + file + " is empty; delete it to have a new password made");
		}
		return password;
	}

	private static String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void write(Path file, String password) throws IOException {
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		// created with owner-only permissions, so that there is no moment when others could read it
		FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		Files.createFile(file, attributes);
		Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

}
