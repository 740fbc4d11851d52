package org.tariffgraph.api.exemption;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reach's Cypher reads only what its selection asks for: the sources where they are selected, once per start
 * where they are the start's, and the whole path only where its nodes or relationships are selected.
 */
class ReachFormsTest {

	private static final String SOURCED_BY = "SOURCED_BY";

	@Test
	void noSourcesAreReadWhereNoneAreSelected() {
		for (var way : List.of(Reaches.INDUSTRIES_REACHED, Reaches.EXEMPTIONS_REACHING)) {
			for (var form : ReachForm.ALL) {
				int expected = form.sources() ? 1 : 0;
				assertThat(occurrences(way.cypher("x", form.key()), SOURCED_BY))
					.as("sources read inline by %s in form %s", way.field(), form.key()).isEqualTo(expected);
				assertThat(occurrences(way.batchQuery(form), SOURCED_BY))
					.as("sources read by the batch load of %s in form %s", way.field(), form.key()).isEqualTo(expected);
			}
		}
	}

	@Test
	void anExemptionsSourcesAreReadOnceBesideItsIndustriesNotWithEach() {
		String inline = Reaches.INDUSTRIES_REACHED.cypher("x", new ReachForm(false, true).key());
		assertThat(inline.substring(inline.lastIndexOf('}', inline.length() - 2)))
			.as("the exemption's sources after the subquery of its industries, in:%n%s", inline)
			.contains("(x)-[:SOURCED_BY]->");
		String batch = Reaches.INDUSTRIES_REACHED.batchQuery(new ReachForm(false, true));
		assertThat(batch.substring(batch.indexOf("collect(")))
			.as("the exemption's sources beside the collected industries, in:%n%s", batch)
			.contains("{reaches: reaches, sources: [(start)-[:SOURCED_BY]->");
	}

	@Test
	void anIndustrysExemptionsEachBringTheirOwnSources() {
		String inline = Reaches.EXEMPTIONS_REACHING.cypher("x", new ReachForm(false, true).key());
		assertThat(inline).as("each reached exemption's sources inside the subquery, in:%n%s", inline)
			.contains("length: length, sources: [(reached)-[:SOURCED_BY]->");
	}

	@Test
	void theWholePathIsOrderedOnlyWhereItsNodesOrRelationshipsAreSelected() {
		for (var form : ReachForm.ALL) {
			assertThat(Reaches.INDUSTRIES_REACHED.cypher("x", form.key()).contains("ORDER BY length(path)"))
				.as("paths ordered in form %s", form.key()).isEqualTo(form.wholePath());
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(part, -1).length - 1;
	}

}
