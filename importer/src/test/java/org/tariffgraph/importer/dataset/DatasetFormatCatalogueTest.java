package org.tariffgraph.importer.dataset;

import org.junit.jupiter.api.Test;
import org.tariffgraph.model.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reference column of the dataset format links kinds the relationship catalogue says its type connects. */
class DatasetFormatCatalogueTest {

	@Test
	void everyReferenceColumnLinksWhatItsRelationshipTypeConnects() {
		int references = 0;
		for (Table table : DatasetFormat.TABLES) {
			for (Column column : table.columns()) {
				if (!(column instanceof Column.Reference reference)) {
					continue;
				}
				references++;
				String where = table.file() + " " + reference.name() + " (" + reference.type() + ")";
				if (reference.incoming()) {
					for (EntityKind target : reference.targets()) {
						assertThat(reference.type().targets(target)).as(where).contains(table.kind());
					}
				}
				else {
					assertThat(reference.targets()).as(where).isEqualTo(reference.type().targets(table.kind()));
				}
			}
		}
		assertThat(references).as("reference columns checked").isGreaterThan(20);
	}

}
