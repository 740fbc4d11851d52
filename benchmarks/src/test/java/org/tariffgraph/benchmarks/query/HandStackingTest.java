package org.tariffgraph.benchmarks.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark times the API against {@link HandStacking} only where both give the same answer: these hold the
 * comparison to seeing a layer's winner, its exemptions and a line's total, and to ignoring the order of ids and
 * the reason's wording, which the baseline does not write.
 */
class HandStackingTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ONE_OUTCOME = """
			{"data": {"appliedTariffs": {"outcomes": [{"totalRate": 45, "lines": [{"hsCode": "8708305090"}],
			  "layers": [
			    {"layer": "us-232-autos", "rate": 25, "applies": true, "reason": null, "measure": {"id": "parts"},
			     "exemptedBy": [], "subjectTo": []},
			    {"layer": "us-ieepa-reciprocal", "rate": 10, "applies": false, "reason": "Exempted by …",
			     "measure": {"id": "reciprocal"}, "exemptedBy": [{"id": "s3b"}, {"id": "annex-2"}], "subjectTo": [{"id": "parts"}]},
			    {"layer": "us-section-301", "rate": 20.0, "applies": true, "reason": null, "measure": {"id": "list-3"},
			     "exemptedBy": [], "subjectTo": []}]}]}}}""";

	private static final String WHOLE = """
			{"data": {"appliedTariffs": {"totalRate": 45, "layers": [
			    {"layer": "us-232-autos", "rate": 25, "applies": true, "measure": {"id": "parts"}},
			    {"layer": "us-ieepa-reciprocal", "rate": 10, "applies": false, "measure": {"id": "reciprocal"}},
			    {"layer": "us-section-301", "rate": 20, "applies": true, "measure": {"id": "list-3"}}]}}}""";

	@Test
	void theSameLayersWithTheirIdsInAnotherOrderAreTheSameAnswer() {
		assertThat(HandStacking.difference(api(ONE_OUTCOME), List.of(line(45.0, "reciprocal", List.of("annex-2", "s3b")))))
			.as("ids listed in another order, 20.0 against 20, no reason text in the baseline")
			.isEmpty();
	}

	@Test
	void anotherWinnerOrExemptionOrTotalIsADifference() {
		assertThat(HandStacking.difference(api(ONE_OUTCOME), List.of(line(45.0, "reciprocal-2", List.of("annex-2", "s3b")))))
			.as("another measure decides the reciprocal layer")
			.isPresent();
		assertThat(HandStacking.difference(api(ONE_OUTCOME), List.of(line(45.0, "reciprocal", List.of("s3b")))))
			.as("one exemption fewer")
			.isPresent();
		assertThat(HandStacking.difference(api(ONE_OUTCOME), List.of(line(55.0, "reciprocal", List.of("annex-2", "s3b")))))
			.as("another total")
			.isPresent();
	}

	@Test
	void theWholeHasATotalAndLayersOnlyWhereEveryLineComesToOneOutcome() {
		Record first = line(45.0, "reciprocal", List.of("annex-2", "s3b"));
		Record second = new InternalRecord(List.of("total", "layers", "lines"),
				List.of(Values.value(0.0), Values.value(List.of()), Values.value(List.of("8708305010"))));
		assertThat(HandStacking.difference(api(WHOLE), List.of(first)))
			.as("one outcome: its total and layers, compared on the fields the API was asked for")
			.isEmpty();
		assertThat(HandStacking.difference(api("""
				{"data": {"appliedTariffs": {"totalRate": 45}}}"""), List.of(first)))
			.as("a total asked for without layers")
			.isEmpty();
		assertThat(HandStacking.difference(api(WHOLE), List.of(first, second)))
			.as("the baseline has a second outcome, where the API gives one total")
			.isPresent();
	}

	private static JsonNode api(String answer) {
		return JSON.readTree(answer);
	}

	/** One line's outcome as the baseline returns it, its layers in layer order. */
	private static Record line(double total, String reciprocal, List<String> exemptedBy) {
		var layers = List.of(
				Map.of("layer", "us-232-autos", "rate", 25.0, "applies", true, "measure", "parts", "exemptedBy", List.of(),
						"subjectTo", List.of(), "sources", List.of()),
				Map.of("layer", "us-ieepa-reciprocal", "rate", 10.0, "applies", false, "measure", reciprocal, "exemptedBy",
						exemptedBy, "subjectTo", List.of("parts"), "sources", List.of()),
				Map.of("layer", "us-section-301", "rate", 20.0, "applies", true, "measure", "list-3", "exemptedBy",
						List.of(), "subjectTo", List.of(), "sources", List.of()));
		return new InternalRecord(List.of("total", "layers", "lines"),
				List.of(Values.value(total), Values.value(layers), Values.value(List.of("8708305090"))));
	}

}
