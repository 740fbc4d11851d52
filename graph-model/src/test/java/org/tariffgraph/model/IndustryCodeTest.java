package org.tariffgraph.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NAICS codes: 2 to 6 digits, and the sector ranges NAICS uses for sectors that span several two-digit codes. */
class IndustryCodeTest {

	@Test
	void aSectorRangeIsASectorThatStandsForEachOfItsTwoDigitCodes() {
		assertThat(IndustryCode.level("31-33")).as("the level of a sector range").isEqualTo(2);
		assertThat(IndustryCode.sectors("31-33")).as("the sectors of Manufacturing").containsExactly("31", "32", "33");
		assertThat(IndustryCode.sectors("11")).as("the sectors of a one-code sector").containsExactly("11");
		assertThat(IndustryCode.sectors("3344")).as("the sectors of an industry group").isEmpty();
	}

	@Test
	void codesOf2To6DigitsAndSectorRangesAreValidAndNothingElse() {
		for (String valid : new String[] { "11", "334", "3344", "33441", "334413", "44-45" }) {
			assertThat(IndustryCode.PATTERN.matcher(valid).matches()).as("'%s' valid", valid).isTrue();
		}
		for (String invalid : new String[] { "1", "3344130", "31-3", "31–33", "33A" }) {
			assertThat(IndustryCode.PATTERN.matcher(invalid).matches()).as("'%s' valid", invalid).isFalse();
		}
		assertThat(IndustryCode.level("334413")).as("the level of a national industry").isEqualTo(6);
	}

}
