package org.tariffgraph.importer.reference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceImportIT {

	@BeforeEach
	void clean() {
		TestNeo4j.clean();
	}

	@Test
	void theFullReferenceImportLinksGoodsToTheIndustriesThatMakeThemAndIsIdempotent() {
		var plan = ReferenceImporter.read(ReferenceFiles.all(), 50);
		ImportReport first = ReferenceImporter.write(TestNeo4j.driver(), null, 2000, Progress.NONE, plan, null,
				ReferenceFiles.DIR.resolve("hs6-naics-concordance.csv").toString());
		assertThat(first.nodes().get("Good")).isEqualTo(new ImportReport.NodeCounts(6939, 0, 0));
		var counts = TestNeo4j.driver().executableQuery("""
				RETURN COUNT { (:Good {level: 2}) } AS chapters, COUNT { (:Good {level: 4}) } AS headings,
				       COUNT { (:Good {level: 6}) } AS subheadings,
				       COUNT { (g:Good {level: 6}) WHERE NOT (g)-[:PART_OF]->(:Good {level: 4}) } AS orphans,
				       COUNT { (i:Industry) WHERE i.level > 2 AND NOT (i)-[:PART_OF]->(:Industry) } AS orphanIndustries,
				       COUNT { (:Good)-[:MADE_BY {mapping: 'ancestor'}]->(:Industry) } AS flagged,
				       COUNT { (:Good {hsCode: '271119'})-[:MADE_BY]->(:Industry) } AS ethane""")
			.execute().records().get(0).asMap();
		assertThat(counts).containsEntry("chapters", 97L).containsEntry("headings", 1229L)
			.containsEntry("subheadings", 5613L).containsEntry("orphans", 0L).containsEntry("orphanIndustries", 0L);
		assertThat((Long) counts.get("flagged")).isPositive();
		assertThat((Long) counts.get("ethane")).isPositive();
		assertThat(first.notes()).anyMatch(n -> n.contains("9451 rows = "));

		ImportReport second = ReferenceImporter.write(TestNeo4j.driver(), null, 2000, Progress.NONE, plan, null,
				ReferenceFiles.DIR.resolve("hs6-naics-concordance.csv").toString());
		assertThat(second.changedAnything()).as(second.describe()).isFalse();
	}

}
