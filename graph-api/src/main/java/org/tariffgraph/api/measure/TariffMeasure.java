package org.tariffgraph.api.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tariff measure as the API shows it. */
record TariffMeasure(String id, String title, String instrument, String legalBasis, BigDecimal rate, String rateNote,
		String layer, LocalDate announced, LocalDate inForceFrom, LocalDate inForceUntil, String confidence,
		String description) {
}
