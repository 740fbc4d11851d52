package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A reported figure, such as a change in trade volumes. */
public record Indicator(String uid, @Nullable String id, @Nullable String name, @Nullable BigDecimal value,
		@Nullable String unit, @Nullable LocalDate date, @Nullable String description) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.name;
	}

}
