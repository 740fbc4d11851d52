package org.tariffgraph.api.navigation;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/**
 * One navigation field: from an entity of kind {@code from} (the GraphQL type of its label) along
 * {@code relationship}, outgoing or incoming, to entities of {@code target} (any kind when null, as a statement's
 * subject); one entity or a list.
 */
record Hop(EntityKind from, String field, RelationshipType relationship, boolean outgoing, @Nullable EntityKind target,
		boolean single) {

	/**
	 * What one entity's field asks its DataLoader for: the hop from the entity with this uid, and what the request
	 * reads of the entities it reaches, down to the last level it selects.
	 */
	record Key(Hop hop, Shape shape, String uid) {
	}

	static Hop out(EntityKind from, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(from, field, relationship, true, target, false);
	}

	static Hop in(EntityKind from, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(from, field, relationship, false, target, false);
	}

	static Hop outOne(EntityKind from, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(from, field, relationship, true, target, true);
	}

	static Hop inOne(EntityKind from, String field, RelationshipType relationship, @Nullable EntityKind target) {
		return new Hop(from, field, relationship, false, target, true);
	}

}
