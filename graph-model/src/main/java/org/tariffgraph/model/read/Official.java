package org.tariffgraph.model.read;

import java.util.List;

/** A person who holds office or speaks for a government. */
public record Official(String uid, String id, String name, List<String> aliases, String description)
		implements GraphEntity {

	@Override
	public String displayName() {
		return this.name;
	}

}
