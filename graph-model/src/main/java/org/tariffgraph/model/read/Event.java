package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Talks, a meeting, a ruling, a deal. */
public record Event(String uid, @Nullable String id, @Nullable String name, @Nullable String eventKind,
		@Nullable LocalDate date, @Nullable LocalDate endDate, @Nullable String confidence,
		@Nullable String description) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.name;
	}

}
