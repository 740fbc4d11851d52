package org.tariffgraph.model.read;

import java.time.LocalDate;

/** Something an official or organisation said. */
public record Statement(String uid, String id, LocalDate date, String statementKind, String text) implements GraphEntity {

	@Override
	public String displayName() {
		return (this.text.length() <= 80) ? this.text : this.text.substring(0, 77) + "...";
	}

}
