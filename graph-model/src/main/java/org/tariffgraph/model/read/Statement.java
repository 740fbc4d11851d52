package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Something an official or organisation said. */
public record Statement(String uid, @Nullable String id, @Nullable LocalDate date, @Nullable String statementKind,
		@Nullable String text) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		if (this.text == null) {
			return null;
		}
		return (this.text.length() <= 80) ? this.text : this.text.substring(0, 77) + "...";
	}

}
