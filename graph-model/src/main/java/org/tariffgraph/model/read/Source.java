package org.tariffgraph.model.read;

import java.time.LocalDate;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/** Where a fact comes from. */
public record Source(String uid, @Nullable String id, @Nullable String publisher, @Nullable String title,
		@Nullable String document, @Nullable String url, @Nullable LocalDate published,
		@Nullable String note) implements GraphEntity {

	/**
	 * The order sources are listed in: by date, the undated last, then by uid, as {@code ORDER BY s.published,
	 * s.uid} orders them in the navigation queries. Where a query cannot order them itself, the API sorts them with
	 * this, so that the answer does not follow how the store happens to hold the relationships.
	 */
	public static final Comparator<Source> LISTED = Comparator
		.comparing(Source::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(Source::uid);

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

}
