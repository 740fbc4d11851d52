package org.tariffgraph.model.read;

import java.time.LocalDate;

/** Where a fact comes from. */
public record Source(String uid, String id, String publisher, String title, String document, String url,
		LocalDate published, String note) implements GraphEntity {

	@Override
	public String displayName() {
		return this.title;
	}

}
