package org.tariffgraph.api.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchEscapeTest {

	@Test
	void luceneSyntaxIsEscapedSoThatAnyTextIsSearchedLiterally() {
		assertThat(SearchController.escape("(unbalanced AND [ ~ 145% : \"x")).isEqualTo("\\(unbalanced and \\[ \\~ 145% \\: \\\"x");
		assertThat(SearchController.escape("  a/b-c  ")).isEqualTo("a\\/b\\-c");
	}

}
