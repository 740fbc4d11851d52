package org.tariffgraph.model;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words the vocabulary's enums are stored as, written out: every dataset and graph holds them, so a renamed
 * constant must fail here rather than change what is stored.
 */
class StoredWordTest {

	@Test
	void theWordsAreTheOnesDatasetsAndGraphsHold() {
		assertThat(words(Confidence.values())).containsExactly("confirmed", "reported", "uncertain");
		assertThat(words(LayerRule.values())).containsExactly("newest", "highest", "most-specific");
		assertThat(words(RateBase.values())).containsExactly("value", "steel-content", "aluminium-content", "copper-content");
		assertThat(words(ReliefExtent.values())).containsExactly("whole-value", "charged-content");
		assertThat(words(ExemptionKind.values())).containsExactly("goods", "industry", "no-stacking", "offset", "refund");
		assertThat(words(StatementKind.values())).containsExactly("quote", "paraphrase");
		assertThat(words(EventKind.values())).containsExactly("talks", "meeting", "ruling", "deal", "announcement");
		assertThat(words(OrganisationKind.values())).containsExactly("government", "agency", "court", "broadcaster",
				"media-account", "news", "company", "association");
		assertThat(StoredWord.words(ExemptionKind.class)).as("the words listed as each constant gives its own")
			.isEqualTo(words(ExemptionKind.values()));
	}

	@Test
	void aWordFindsItsConstantAndNothingElseDoes() {
		assertThat(ExemptionKind.of("no-stacking")).contains(ExemptionKind.NO_STACKING);
		assertThat(ExemptionKind.of("NO_STACKING")).as("the constant's name is not its word").isEmpty();
		assertThat(Confidence.of("uncertain")).contains(Confidence.UNCERTAIN);
		assertThat(Confidence.of(null)).isEmpty();
		assertThat(LayerRule.of("highest")).contains(LayerRule.HIGHEST);
		assertThat(LayerRule.of(null)).as("a measure without a rule takes the newest").contains(LayerRule.NEWEST);
		assertThat(LayerRule.of("lowest")).isEmpty();
		assertThat(RateBase.of(null)).as("a measure without a base charges the whole value").contains(RateBase.VALUE);
		assertThat(RateBase.of("copper-content")).contains(RateBase.COPPER_CONTENT);
		assertThat(ReliefExtent.of(null)).as("an exemption without an extent relieves the whole good")
			.contains(ReliefExtent.WHOLE_VALUE);
	}

	private static List<String> words(StoredWord[] constants) {
		return Arrays.stream(constants).map(StoredWord::value).toList();
	}

}
