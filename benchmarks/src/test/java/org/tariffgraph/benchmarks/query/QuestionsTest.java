package org.tariffgraph.benchmarks.query;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The exemption's industries are timed against the baseline only where both name the same industries the same way. */
class QuestionsTest {

	private static final String API = """
			{"data": {"exemption": {"industriesReached": [
			  {"industry": {"naicsCode": "3344", "title": "Semiconductors"}, "path": {"length": 3},
			   "sources": [{"id": "b"}, {"id": "a"}]}]}}}""";

	@Test
	void theSameIndustriesAtTheSameDistanceAreTheSameAnswer() {
		assertThat(Questions.sameIndustries(JsonMapper.builder().build().readTree(API), List.of(industry(3))))
			.as("sources in another order")
			.isEmpty();
	}

	@Test
	void anotherDistanceIsADifference() {
		assertThat(Questions.sameIndustries(JsonMapper.builder().build().readTree(API), List.of(industry(4))))
			.as("the baseline reaches the industry by a longer path")
			.isPresent();
	}

	private static Record industry(int length) {
		return new InternalRecord(List.of("naicsCode", "title", "length", "sources"), List.of(Values.value("3344"),
				Values.value("Semiconductors"), Values.value(length), Values.value(List.of("a", "b"))));
	}

}
