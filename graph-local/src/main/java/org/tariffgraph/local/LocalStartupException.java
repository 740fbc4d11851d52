package org.tariffgraph.local;

/** Why the main job cannot start, in one sentence for the person who started it, and what to do. */
final class LocalStartupException extends RuntimeException {

	private final String action;

	LocalStartupException(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
