package org.tariffgraph.importer.dataset;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;

/**
 * One file of a dataset: the kind of node each row becomes, the column that holds its key (none where the
 * key is derived, as for roles) and all columns.
 */
public record Table(String file, EntityKind kind, @Nullable String keyColumn, String purpose, List<Column> columns) {

	/** Reference columns declared without targets lead where the relationship catalogue says their type leads. */
	public Table {
		columns = columns.stream().map(column -> (column instanceof Column.Reference reference
				&& reference.targets().isEmpty()) ? reference.withTargets(targets(kind, reference)) : column).toList();
	}

	/** A file whose rows are keyed by their kind's key property ({@link EntityKind#keyProperty}), in a column of that name. */
	public Table(String file, EntityKind kind, String purpose, List<Column> columns) {
		this(file, kind, kind.keyProperty(), purpose, columns);
	}

	/** Where a reference of a row of {@code kind} leads: outgoing, the type's targets; incoming, its sources. */
	private static Set<EntityKind> targets(EntityKind kind, Column.Reference reference) {
		if (!reference.incoming()) {
			return reference.type().targets(kind);
		}
		return Collections.unmodifiableSet(reference.type()
			.connects()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(kind))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityKind.class))));
	}

	Optional<Column> column(String name) {
		return this.columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

}
