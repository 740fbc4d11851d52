package org.tariffgraph.importer.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tariffgraph.importer.dataset.Row.Link;
import org.tariffgraph.importer.dataset.Row.Target;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

/** References between the files of a dataset, checked once every file is read. */
final class CrossReferences {

	private CrossReferences() {
	}

	/**
	 * Checks that every reference names a row of the dataset (or one whose key was itself broken, which is
	 * reported once, where it is) and that no measure amends itself.
	 */
	static void check(Map<Table, List<Row>> rows, Set<String> brokenKeys, Problems problems) {
		Set<String> uids = new HashSet<>(brokenKeys);
		rows.values().forEach(list -> list.forEach(row -> uids.add(row.uid())));
		for (var entry : rows.entrySet()) {
			String file = entry.getKey().file();
			for (Row row : entry.getValue()) {
				for (Link link : row.links()) {
					for (Target target : link.targets()) {
						if (!uids.contains(target.uid())) {
							problems.add(file, target.line(), target.column(),
									"expected '%s' to name a row of %s, found no '%s' there".formatted(
											link.column().name(), fileOf(target.uid()), target.uid()
												.substring(target.uid().indexOf(':') + 1)));
						}
						else if (link.column().type() == RelationshipType.AMENDS
								&& target.uid().equals(row.uid())) {
							problems.add(file, target.line(), target.column(), "expected a measure other than itself in 'amends'");
						}
					}
				}
			}
		}
	}

	private static String fileOf(String uid) {
		String prefix = uid.substring(0, uid.indexOf(':'));
		return EntityKind.byPrefix(prefix)
			.flatMap(kind -> DatasetFormat.TABLES.stream().filter(t -> t.kind() == kind).findFirst())
			.map(Table::file)
			.orElse("the dataset");
	}

}
