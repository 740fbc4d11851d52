package org.tariffgraph.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which level a tariff line is at depends on the importing country: only the US's national lines are held. */
class GoodsCodeTest {

	@Test
	void goodsImportedIntoTheUsAreAnsweredByHts10LinesAndElsewhereByHs6Subheadings() {
		assertThat(GoodsCode.lineLevel("US")).as("the US's lines").isEqualTo(10);
		assertThat(GoodsCode.lineLevel("CN")).as("a country whose national lines the graph does not hold").isEqualTo(6);
	}

	@Test
	void aCodeAndTheCodesAboveItComeShortestFirst() {
		assertThat(GoodsCode.selfAndAncestors("8542310000")).containsExactly("85", "8542", "854231", "85423100",
				"8542310000");
	}

	@Test
	void aCodeIsAtALevelOnlyWithExactlyThatManyDigits() {
		assertThat(GoodsCode.isAtLevel("854231", 6)).as("an HS-6 subheading at level 6").isTrue();
		assertThat(GoodsCode.isAtLevel("8542310000", 10)).as("an HTS-10 line at level 10").isTrue();
		assertThat(GoodsCode.isAtLevel("85423100", 10)).as("an HTS-8 line at level 10").isFalse();
		assertThat(GoodsCode.isAtLevel("85423A", 6)).as("six characters, not six digits").isFalse();
		assertThat(GoodsCode.HS_PATTERN.matcher("85423100").matches()).as("an HTS-8 line as an HS code").isFalse();
	}

}
