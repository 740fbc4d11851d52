package org.tariffgraph.model.read;

import java.time.LocalDate;

/** An office held over time. */
public record Role(String uid, String id, String title, LocalDate from, LocalDate until) implements GraphEntity {

	@Override
	public String displayName() {
		return this.title;
	}

	/** Whether the role was held on a date. */
	public boolean heldOn(LocalDate date) {
		return (this.from == null || !this.from.isAfter(date)) && (this.until == null || !this.until.isBefore(date));
	}

}
