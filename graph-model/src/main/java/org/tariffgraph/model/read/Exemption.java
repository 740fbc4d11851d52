package org.tariffgraph.model.read;

import java.time.LocalDate;

/** Relief from one or more measures. */
public record Exemption(String uid, String id, String title, String exemptionKind, LocalDate announced, LocalDate inForceFrom,
		LocalDate inForceUntil, String confidence, String description, String chapter99) implements GraphEntity {

	@Override
	public String displayName() {
		return this.title;
	}

	/** Whether it applies on a date; one without dates applies whenever its measures do. */
	public boolean inForceOn(LocalDate date) {
		return (this.inForceFrom == null || !this.inForceFrom.isAfter(date))
				&& (this.inForceUntil == null || !this.inForceUntil.isBefore(date));
	}

}
