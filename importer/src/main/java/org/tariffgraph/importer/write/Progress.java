package org.tariffgraph.importer.write;

/** Told how far a long write has come, so that a person watching knows it is moving. */
@FunctionalInterface
public interface Progress {

	Progress NONE = (step, done, total) -> {
	};

	void update(String step, long done, long total);

}
