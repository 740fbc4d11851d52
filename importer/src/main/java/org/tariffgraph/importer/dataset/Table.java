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
 * One file of a dataset: the kind of node each row becomes, the columns a key is made of where no column holds one
 * (roles), and all columns.
 * @param keyParts the columns a made key joins with {@code /}, in order: a reference by its target's key, a text as
 *        a slug, a date as written ({@link KindRules#madeKey}); empty where the column of the kind's key property
 *        holds the key ({@link #keyColumn})
 */
public record Table(String file, EntityKind kind, List<String> keyParts, String purpose, List<Column> columns) {

	/** Reference columns declared without targets lead where the relationship catalogue says their type leads. */
	public Table {
		keyParts = List.copyOf(keyParts);
		columns = columns.stream().map(column -> (column instanceof Column.Reference reference
				&& reference.targets().isEmpty()) ? reference.withTargets(targets(kind, reference)) : column).toList();
	}

	/** A file whose rows are keyed by their kind's key property ({@link EntityKind#keyProperty}), in a column of that name. */
	public Table(String file, EntityKind kind, String purpose, List<Column> columns) {
		this(file, kind, List.of(), purpose, columns);
	}

	/** The column that holds the key: the kind's key property; null where the key is made of {@link #keyParts}. */
	public @Nullable String keyColumn() {
		return this.keyParts.isEmpty() ? this.kind.keyProperty() : null;
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
