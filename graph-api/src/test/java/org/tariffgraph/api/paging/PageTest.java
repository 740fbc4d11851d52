package org.tariffgraph.api.paging;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.ApiProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageTest {

	private final ApiProperties properties = new ApiProperties(Duration.ofSeconds(10), Duration.ofSeconds(25), 12, 20000, 20, 100, 50000);

	@Test
	void aPageContinuesAfterTheCursorOfTheLastItemOfThePreviousOne() {
		Page first = Page.of(2, null, this.properties);
		var connection = first.connection(List.of("a", "b"), 5);
		assertThat(connection.pageInfo().hasNextPage()).isTrue();
		assertThat(connection.pageInfo().hasPreviousPage()).isFalse();
		Page second = Page.of(2, connection.pageInfo().endCursor(), this.properties);
		assertThat(second.offset()).isEqualTo(2);
		var last = Page.of(2, second.connection(List.of("c", "d"), 5).pageInfo().endCursor(), this.properties)
			.connection(List.of("e"), 5);
		assertThat(last.pageInfo().hasNextPage()).isFalse();
		assertThat(last.totalCount()).isEqualTo(5);
	}

	@Test
	void theDefaultAndTheMaximumPageSizeApply() {
		assertThat(Page.of(null, null, this.properties).limit()).isEqualTo(20);
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Page.of(101, null, this.properties));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Page.of(0, null, this.properties));
	}

	@Test
	void aCursorThatTheApiDidNotIssueIsRejected() {
		for (String cursor : List.of("x", Page.encode(3).substring(1), "b2Zmc2V0Oi0x")) {
			assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Page.of(2, cursor, this.properties));
		}
	}

	@Test
	void aPageIsCountedOnlyWhereTheRequestAsksForTheCount() {
		String counted = Page.query("MATCH (g:Good)", "g", Order.sorted("g.hsCode"), "RETURN collect(g) AS page", true);
		String uncounted = Page.query("MATCH (g:Good)", "g", Order.sorted("g.hsCode"), "RETURN collect(g) AS page", false);
		assertThat(counted).contains("RETURN count(g) AS total").contains("SKIP $offset LIMIT $limit");
		assertThat(uncounted).doesNotContain("count(").contains("SKIP $offset LIMIT $limit").endsWith("RETURN -1 AS total, page");
	}

}
