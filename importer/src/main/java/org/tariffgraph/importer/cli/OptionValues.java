package org.tariffgraph.importer.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked as picocli reads them, so that a wrong one is a usage error (exit 2) with one sentence,
 * never a stack trace or an endless loop; picocli adds which option it was.
 */
final class OptionValues {

	private OptionValues() {
	}

	/** A count such as a batch size: a whole number of at least 1. */
	static final class AtLeastOne implements ITypeConverter<Integer> {

		@Override
		public Integer convert(String value) {
			int n;
			try {
				n = Integer.parseInt(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new TypeConversionException("'" + value + "' is not a whole number");
			}
			if (n < 1) {
				throw new TypeConversionException(value + " is not allowed; give a whole number of at least 1");
			}
			return n;
		}

	}

	/**
	 * A Neo4j address as drivers take it. Credentials in it are refused and never repeated: they would show in
	 * process lists and shell histories.
	 */
	static final class Neo4jAddress implements ITypeConverter<String> {

		private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

		@Override
		public String convert(String value) {
			URI uri;
			try {
				uri = URI.create(value.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("'" + withoutCredentials(value) + "' is not an address; give one like bolt://localhost:7687");
			}
			if (uri.getRawUserInfo() != null) {
				throw new TypeConversionException("the address carries credentials; give the user with --username and the "
						+ "password with NEO4J_PASSWORD, --password-file or -p, never in the address");
			}
			if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
				throw new TypeConversionException("'" + value.strip() + "' is not a Neo4j address: Neo4j's tools speak Bolt, "
						+ "so give bolt://HOST:7687, or neo4j://HOST for a cluster or Aura (+s for TLS)");
			}
			return uri.toString();
		}

		/** The address with anything between :// and @ left out. */
		static String withoutCredentials(String value) {
			return value.replaceAll("(?<=://)[^/@]*@", "");
		}

	}

	/** A file that must exist and be readable, such as the password file. */
	static final class ReadableFile implements ITypeConverter<Path> {

		@Override
		public Path convert(String value) {
			Path path = Path.of(value);
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new TypeConversionException("the file " + path.toAbsolutePath() + " does not exist or cannot be read");
			}
			return path;
		}

	}

}
