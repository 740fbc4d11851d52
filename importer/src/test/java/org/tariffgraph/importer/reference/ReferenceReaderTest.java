package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.dataset.Problem;
import org.tariffgraph.importer.dataset.Row;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceReaderTest {

	@TempDir
	Path dir;

	@Test
	void theHsNomenclatureHas97Chapters1229HeadingsAnd5613Subheadings() {
		var plan = ReferenceImporter.read(ReferenceImporter.Files.of(ReferenceFiles.require("harmonized-system-2022.csv"), null, null, null, null), 50);
		assertThat(plan.problems().describe()).isEmpty();
		Map<Object, Long> byLevel = plan.goods().stream().collect(Collectors.groupingBy(r -> r.props().get("level"), Collectors.counting()));
		assertThat(byLevel).containsEntry(2L, 97L).containsEntry(4L, 1229L).containsEntry(6L, 5613L);
		assertThat(plan.notes()).anyMatch(n -> n.endsWith("6939 goods; 1 row(s) skipped: the TOTAL root of the nomenclature"));
	}

	@Test
	void theNaicsTableLosesItsTitleLinesAndMarkersAndKeepsRanges() {
		var plan = ReferenceImporter.read(ReferenceImporter.Files.of(null, ReferenceFiles.require("naics-2022-structure.csv"), null, null, null), 50);
		assertThat(plan.problems().describe()).isEmpty();
		Map<String, Row> byUid = plan.industries().stream().collect(Collectors.toMap(Row::uid, r -> r));
		assertThat(byUid.get("industry:111").props()).containsEntry("title", "Crop Production").containsEntry("level", 3L);
		assertThat(byUid.get("industry:31-33").props()).containsEntry("title", "Manufacturing")
			.containsEntry("level", 2L)
			.containsEntry("sectorCodes", List.of("31", "32", "33"));
		assertThat(byUid.get("industry:212114").props()).containsEntry("changeIndicator", "**");
		assertThat(plan.industries()).hasSize(2125);
		assertThat(plan.notes()).anyMatch(n -> n.contains("2 title line(s) before the header skipped"));
	}

	@Test
	void everyConcordanceRowIsAccountedFor() {
		var plan = ReferenceImporter.read(ReferenceFiles.all(), 50);
		assertThat(plan.problems().describe()).isEmpty();
		var resolution = ReferenceImporter.resolveOffline(plan);
		assertThat(resolution.accountsForEveryRow()).isTrue();
		assertThat(resolution.describe("c.csv")).startsWith("c.csv: 9451 rows = ").contains("+ 35 without a NAICS code");
		assertThat(resolution.ancestorMapped()).isPositive();
		assertThat(resolution.links()).anySatisfy(link -> {
			assertThat(link.original()).isEqualTo("211112");
			assertThat(link.mapping()).isEqualTo("ancestor");
		});
	}

	@Test
	void aFileInTheWrongLayoutIsRejectedWithWhereAndWhat() throws IOException {
		Path hs = this.dir.resolve("hs.csv");
		Files.write(hs, List.of("code,description", "01,Animals"));
		Path concordance = this.dir.resolve("c.csv");
		Files.write(concordance, List.of("HS6_6d,HS6_4d,HS6_2d,NAICS_6d,NAICS_5d,NAICS_4d,NAICS_3d,NAICS_2d",
				"0101,0101,01,112920,11292,1129,112,11", "010121,0101,01,1129Y2,11292,1129,112,11"));
		var plan = ReferenceImporter.read(ReferenceImporter.Files.of(hs, null, null, concordance, null), 50);
		assertThat(plan.problems().list().stream().map(Problem::toString)).containsExactly(
				hs + ":1:1: expected the header section,hscode,description,parent,level, found code,description",
				concordance + ":2:1: expected a six-digit HS code, found '0101'",
				concordance + ":3:16: expected a 6-digit NAICS code (digits, perhaps padded with X) or nothing, found '1129Y2'");
	}

	@Test
	void aCodeWhoseParentTheFileLacksIsRefusedRatherThanWrittenAsAnOrphan() throws IOException {
		Path hs = this.dir.resolve("hs.csv");
		Files.write(hs, List.of("section,hscode,description,parent,level", "I,01,Live animals,TOTAL,2",
				"I,0101,Horses,01,4", "I,010121,Pure-bred,0101,6", "I,020110,Carcasses,0201,6"));
		var plan = ReferenceImporter.read(ReferenceImporter.Files.of(hs, null, null, null, null), 50);
		assertThat(plan.problems().list().stream().map(Problem::toString))
			.containsExactly(hs + ":5:20: expected the parent 0201 of 020110 to be in the file; it is not");
	}

}
