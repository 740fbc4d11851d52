package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An additional duty one country imposes on imports. */
public record TariffMeasure(String uid, String id, String title, String instrument, String legalBasis, BigDecimal rate,
		String rateNote, String layer, LocalDate announced, LocalDate inForceFrom, LocalDate inForceUntil,
		boolean coversAllGoods, String confidence, String description) implements GraphEntity {

	@Override
	public String displayName() {
		return this.title;
	}

	/** Whether it applies on a date. */
	public boolean inForceOn(LocalDate date) {
		return this.inForceFrom != null && !this.inForceFrom.isAfter(date)
				&& (this.inForceUntil == null || !this.inForceUntil.isBefore(date));
	}

}
