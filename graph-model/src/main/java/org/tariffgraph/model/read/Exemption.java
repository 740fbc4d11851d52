package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Relief from one or more measures. */
public record Exemption(String uid, @Nullable String id, @Nullable String title, @Nullable String exemptionKind,
		@Nullable LocalDate announced, @Nullable LocalDate inForceFrom, @Nullable LocalDate inForceUntil,
		@Nullable String confidence, @Nullable String description, @Nullable String chapter99) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

	/** Whether it applies on a date; one without dates applies whenever its measures do. */
	public boolean inForceOn(LocalDate date) {
		return (this.inForceFrom == null || !this.inForceFrom.isAfter(date))
				&& (this.inForceUntil == null || !this.inForceUntil.isBefore(date));
	}

}
