package org.tariffgraph.benchmarks.query;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * {@code appliedTariffs} on the graph the main job starts with (the bundled dataset and the shipped reference
 * data): on one HTS-10 line, and on the HS-4 heading whose number of lines is nearest 50 among those whose lines
 * differ, each against the hand-written Cypher that computes the same layers and totals line by line with the same
 * stacking rules ({@link HandStacking}); and the floor.
 */
public final class ProductQuestions {

	/** One line: brakes, on the Section 232 parts list, Section 301 List 3, the fentanyl tariff. */
	static final String LINE = "8708305090";

	static final String DATE = "2025-09-01";

	/**
	 * One line whose duty depends on its metal content: copper wire, the copper tariff on the copper content and the
	 * reciprocal tariff on the rest, so that both answers are compared on the content cases too.
	 */
	static final String CONTENT_LINE = "7408190030";

	static final String API = """
			query($code: String!, $date: Date!) {
			  appliedTariffs(hsCode: $code, origin: "CN", destination: "US", date: $date) {
			    totalRate minRate maxRate lineCount
			    outcomes { totalRate minRate maxRate lineCount lines(first: 1000) { hsCode }
			      layers { layer rate rateBase exceptContent applies reason measure { id } exemptedBy { id } subjectTo { id } } } } }""";

	private ProductQuestions() {
	}

	/** The heading with about 50 lines whose lines come to different totals, as the API answers. */
	static String heading(Driver driver) {
		return driver.executableQuery("""
				MATCH (h:Good {level: 4})<-[:PART_OF*2]-(:Good {level: 8})<-[:PART_OF]-(l:Good {level: 10})
				WITH h, count(l) AS lines WHERE lines >= 40
				  AND EXISTS { (h)<-[:PART_OF*1..3]-(:Good)<-[:COVERS]-(:TariffMeasure) }
				RETURN h.hsCode AS code ORDER BY abs(lines - 50), code LIMIT 1""").execute().records().get(0)
			.get("code").asString();
	}

	public static List<Question> pick(Driver driver) {
		String heading = heading(driver);
		return List.of(
				new Question("floor: a request that reads nothing", "query { apiVersion }", Map.of(), "RETURN 1", Map.of()),
				new Question("appliedTariffs, one HTS-10 line (" + LINE + ")", API, Map.of("code", LINE, "date", DATE),
						HandStacking.CYPHER, HandStacking.params(LINE, "CN", "US", DATE, false), HandStacking::difference),
				new Question("appliedTariffs, one line charged on its copper content (" + CONTENT_LINE + ")", API,
						Map.of("code", CONTENT_LINE, "date", DATE), HandStacking.CYPHER,
						HandStacking.params(CONTENT_LINE, "CN", "US", DATE, false), HandStacking::difference),
				new Question("appliedTariffs, heading " + heading + " line by line", API,
						Map.of("code", heading, "date", DATE), HandStacking.CYPHER,
						HandStacking.params(heading, "CN", "US", DATE, false), HandStacking::difference));
	}

}
