package org.tariffgraph.model.read;

import java.time.LocalDate;

/** Talks, a meeting, a ruling, a deal. */
public record Event(String uid, String id, String name, String eventKind, LocalDate date, LocalDate endDate,
		String confidence, String description) implements GraphEntity {

	@Override
	public String displayName() {
		return this.name;
	}

}
