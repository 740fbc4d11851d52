package org.tariffgraph.importer.dataset;

import java.util.Set;

import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/** A column of a dataset file: either a property of the row's node or a reference to other nodes. */
public sealed interface Column permits Column.Property, Column.Reference {

	String name();

	boolean required();

	/** Several values in one cell, separated by semicolons. */
	boolean list();

	String help();

	/** A property of the row's node, named like the column. */
	record Property(String name, ValueType type, boolean required, boolean list, String help) implements Column {
	}

	/**
	 * A reference from the row's node to others. With one target kind the cell holds bare keys
	 * ({@code CN}); with several, typed references ({@code country:CN}, {@code measure:us-eo-14266}).
	 * @param replace whether a re-import makes the relationships match the cell exactly (true) or only adds
	 * (false, for goods and industries that reference data also links)
	 * @param incoming whether the relationship points at the row's node rather than away from it
	 * @param allowsAll whether {@code *} stands for "all" (a measure covering all goods)
	 */
	record Reference(String name, RelationshipType type, Set<EntityKind> targets, boolean required, boolean list,
			boolean replace, boolean incoming, boolean allowsAll, String help) implements Column {

		public boolean typed() {
			return this.targets.size() > 1;
		}

	}

}
