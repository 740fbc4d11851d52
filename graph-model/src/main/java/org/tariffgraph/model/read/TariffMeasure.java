package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An additional duty one country imposes on imports.
 * @param chapter99 the heading of chapter 99 of the US tariff schedule it is entered under, if any
 * @param suspendedFrom the day from which it is suspended, if it is; on or before {@code inForceFrom}: never applied
 * @param layerRule how it resolves against other measures of its layer ({@link org.tariffgraph.model.LayerRule})
 * @param rateBase what its rate is charged on ({@link org.tariffgraph.model.RateBase}); null for the whole value
 */
public record TariffMeasure(String uid, @Nullable String id, @Nullable String title, @Nullable String instrument,
		@Nullable String legalBasis, @Nullable BigDecimal rate, @Nullable String rateNote, @Nullable String layer,
		@Nullable LocalDate announced, @Nullable LocalDate inForceFrom, @Nullable LocalDate inForceUntil,
		boolean coversAllGoods, @Nullable String confidence, @Nullable String description, @Nullable String chapter99,
		@Nullable LocalDate suspendedFrom, @Nullable String layerRule, @Nullable String rateBase) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

	/** Whether it is suspended on a date: then it does not apply although in force. */
	public boolean suspendedOn(LocalDate date) {
		return this.suspendedFrom != null && !this.suspendedFrom.isAfter(date);
	}

	/** Whether it applies on a date. */
	public boolean inForceOn(LocalDate date) {
		return this.inForceFrom != null && !this.inForceFrom.isAfter(date)
				&& (this.inForceUntil == null || !this.inForceUntil.isBefore(date));
	}

}
