package org.tariffgraph.api.navigation;

import java.util.List;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * The AST nodes of a merged field, compared by identity: what the shapes of a selection are kept under
 * ({@link Shapes}, {@link KeptShapes}). The same selection written twice is two fields; the same document asked
 * again, kept parsed by the document cache, brings the same nodes.
 */
record FieldNodes(List<Field> fields) {

	static FieldNodes of(DataFetchingEnvironment env) {
		return new FieldNodes(env.getMergedField().getFields());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (!(other instanceof FieldNodes nodes) || this.fields.size() != nodes.fields.size()) {
			return false;
		}
		for (int i = 0; i < this.fields.size(); i++) {
			if (this.fields.get(i) != nodes.fields.get(i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (Field field : this.fields) {
			hash = 31 * hash + System.identityHashCode(field);
		}
		return hash;
	}

}
