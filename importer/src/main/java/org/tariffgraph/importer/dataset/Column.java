package org.tariffgraph.importer.dataset;

import java.util.Set;

import org.jspecify.annotations.Nullable;
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
	/**
	 * A property of the row's node.
	 * @param startColumn for the end of a period, the column of its start, on or before which it may not be
	 */
	record Property(String name, ValueType type, boolean required, boolean list, String help,
			@Nullable String startColumn) implements Column {

		/** The same column as the end of the period that column {@code start} of the same row begins. */
		Property endOf(String start) {
			return new Property(this.name, this.type, this.required, this.list, this.help, start);
		}

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

		/**
		 * A reference column along {@code type} to {@code targets}: optional, one value, outgoing, made to match
		 * the cell on a re-import, no {@code *}, unless the builder's methods say otherwise.
		 */
		public static Builder to(String name, RelationshipType type, Set<EntityKind> targets) {
			return new Builder(name, type, targets);
		}

		/**
		 * The same, with the kinds it leads to left to the relationship catalogue: the {@link Table} it is a
		 * column of fills them in from its kind ({@link RelationshipType#targets}).
		 */
		public static Builder along(String name, RelationshipType type) {
			// none yet: the table fills them in
			return new Builder(name, type, Set.of());
		}

		/** This column leading to {@code targets}. */
		Reference withTargets(Set<EntityKind> targets) {
			return new Reference(this.name, this.type, targets, this.required, this.list, this.replace, this.incoming,
					this.allowsAll, this.help);
		}

		/** Declares a reference column by what differs from the usual, each by name. */
		public static final class Builder {

			private final String name;

			private final RelationshipType type;

			private final Set<EntityKind> targets;

			private boolean required;

			private boolean list;

			private boolean replace = true;

			private boolean incoming;

			private boolean allowsAll;

			private Builder(String name, RelationshipType type, Set<EntityKind> targets) {
				this.name = name;
				this.type = type;
				this.targets = targets;
			}

			/** Every row must fill it. */
			public Builder required() {
				this.required = true;
				return this;
			}

			/** Several values, separated by semicolons. */
			public Builder list() {
				this.list = true;
				return this;
			}

			/** A re-import only adds relationships: others (reference data's) may link the same nodes. */
			public Builder addingOnly() {
				this.replace = false;
				return this;
			}

			/** The relationship points at the row's node. */
			public Builder incoming() {
				this.incoming = true;
				return this;
			}

			/** {@code *} stands for all (a measure covering all goods). */
			public Builder allowingAll() {
				this.allowsAll = true;
				return this;
			}

			/** The column, with the help text the format's documentation shows for it. */
			public Reference help(String help) {
				return new Reference(this.name, this.type, this.targets, this.required, this.list, this.replace,
						this.incoming, this.allowsAll, help);
			}

		}

	}

}
