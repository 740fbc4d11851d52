package org.tariffgraph.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStartupFailureAnalyzerTest {

	@Test
	void aStartupProblemBecomesADescriptionAndAnActionWithoutAStackTrace() {
		var cause = new LocalStartupException("The Bolt port 7687 on 127.0.0.1 is already in use.", "Stop it.");
		var analysis = new LocalStartupFailureAnalyzer().analyze(new RuntimeException("wrapper", cause));
		assertThat(analysis.getDescription()).isEqualTo("The Bolt port 7687 on 127.0.0.1 is already in use.");
		assertThat(analysis.getAction()).isEqualTo("Stop it.");
	}

}
