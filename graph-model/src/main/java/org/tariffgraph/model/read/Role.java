package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An office held over time. */
public record Role(String uid, @Nullable String id, @Nullable String title, @Nullable LocalDate from,
		@Nullable LocalDate until) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

	/** Whether the role was held on a date. */
	public boolean heldOn(LocalDate date) {
		return (this.from == null || !this.from.isAfter(date)) && (this.until == null || !this.until.isBefore(date));
	}

}
