package org.tariffgraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.tariffgraph.model.testing.TestNeo4j;

/** Loads a Cypher fixture of {@code src/test/resources/fixtures} into a clean shared database. */
public final class Fixtures {

	private Fixtures() {
	}

	public static void load(String name) {
		TestNeo4j.clean();
		add(name);
	}

	/** Loads a fixture on top of what the database holds: one that adds to another. */
	public static void add(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".cypher")) {
			TestNeo4j.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
