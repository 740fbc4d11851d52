package org.tariffgraph.model.read;

import java.util.List;

/** An agency, court, broadcaster or media account. */
public record Organisation(String uid, String id, String name, String organisationKind, List<String> aliases, String description)
		implements GraphEntity {

	@Override
	public String displayName() {
		return this.name;
	}

}
