package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reported figure, such as a change in trade volumes. */
public record Indicator(String uid, String id, String name, BigDecimal value, String unit, LocalDate date,
		String description) implements GraphEntity {

	@Override
	public String displayName() {
		return this.name;
	}

}
