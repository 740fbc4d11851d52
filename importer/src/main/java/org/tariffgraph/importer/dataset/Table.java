package org.tariffgraph.importer.dataset;

import java.util.List;
import java.util.Optional;

import org.tariffgraph.model.EntityKind;

/**
 * One file of a dataset: the kind of node each row becomes, the column that holds its key (none where the
 * key is derived, as for roles) and all columns.
 */
public record Table(String file, EntityKind kind, String keyColumn, String purpose, List<Column> columns) {

	Optional<Column> column(String name) {
		return this.columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

}
