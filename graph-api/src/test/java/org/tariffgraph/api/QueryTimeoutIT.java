package org.tariffgraph.api;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.exceptions.Neo4jException;
import org.tariffgraph.api.graph.GraphReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database stops an API query that runs past {@code tariff-graph.api.query-timeout}. */
@ApiTest
@TestPropertySource(properties = "tariff-graph.api.query-timeout=1s")
class QueryTimeoutIT {

	@Autowired
	GraphReader reader;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // without the server-side timeout this query would run for hours
	void aQueryRunningPastTheTimeoutIsStoppedByTheDatabase() {
		assertThatThrownBy(() -> this.reader.list("""
				UNWIND range(1, 100000000000) AS x
				WITH x WHERE x < 0
				RETURN count(x) AS n""", Map.of(), record -> record))
			.isInstanceOfSatisfying(Neo4jException.class,
					ex -> Assertions.assertThat(ex.code()).contains("TransactionTimedOut"));
	}

}
