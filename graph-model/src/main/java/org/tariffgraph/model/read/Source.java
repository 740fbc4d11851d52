package org.tariffgraph.model.read;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Where a fact comes from. */
public record Source(String uid, @Nullable String id, @Nullable String publisher, @Nullable String title,
		@Nullable String document, @Nullable String url, @Nullable LocalDate published,
		@Nullable String note) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

}
