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

}
