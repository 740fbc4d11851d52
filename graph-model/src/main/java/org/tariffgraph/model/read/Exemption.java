package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Relief from one or more measures.
 * @param reliefExtent how much of a good subject to other measures it relieves
 * ({@link org.tariffgraph.model.ReliefExtent}); null for the whole value
 */
public record Exemption(String uid, @Nullable String id, @Nullable String title, @Nullable String exemptionKind,
		@Nullable LocalDate announced, @Nullable LocalDate inForceFrom, @Nullable LocalDate inForceUntil,
		@Nullable String confidence, @Nullable String description, @Nullable String chapter99,
		@Nullable String reliefExtent) implements GraphEntity {

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
