package org.tariffgraph.api.navigation;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/**
 * One navigation field: from an entity of {@code type} along {@code relationship}, outgoing or incoming, to
 * entities of {@code target} (any kind when null); one entity or a list.
 */
record Hop(String type, String field, RelationshipType relationship, boolean outgoing, @Nullable EntityKind target,
		boolean single) {

	/** What one entity's field asks its DataLoader for: the hop from the entity with this uid. */
	record Key(Hop hop, String uid) {
	}

	static Hop out(String type, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(type, field, relationship, true, target, false);
	}

	static Hop in(String type, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(type, field, relationship, false, target, false);
	}

	static Hop outOne(String type, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(type, field, relationship, true, target, true);
	}

	static Hop inOne(String type, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(type, field, relationship, false, target, true);
	}

}
