package org.tariffgraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.tariffgraph.api.support.Requests.aliases;
import static org.tariffgraph.api.support.Requests.badRequest;

/** Requests built to cost too much are refused with a GraphQL error before they reach the database. */
@ApiTest(fixture = "small-graph")
class AbuseIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aQueryFiftyLevelsDeepIsRefused() {
		StringBuilder query = new StringBuilder("{ country(code: \"CN\") { ");
		for (int i = 0; i < 25; i++) {
			query.append("measuresApplying { imposedBy { ");
		}
		query.append("name");
		query.append(" } }".repeat(25)).append(" } }");
		this.graphQl.document(query.toString())
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("maximum query depth exceeded"))
			.verify()
			.path("country")
			.pathDoesNotExist();
	}

	@Test
	void aThousandAliasesAreRefused() {
		this.graphQl.document(aliases(1000, "country(code: \"CN\") { iso2 name }"))
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("maximum query complexity exceeded"))
			.verify();
	}

	/** Three levels of children, ten aliases each, written through fragments or inline: the same cost. */
	private static String childrenBomb(boolean fragments) {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			aliases.append("c").append(i).append(": children { ...Level } ");
		}
		if (fragments) {
			return "{ good(hsCode: \"85\") { ...Level1 } } fragment Level1 on Good { " + aliases.toString().replace("Level", "Level2")
					+ " } fragment Level2 on Good { " + aliases.toString().replace("Level", "Level3")
					+ " } fragment Level3 on Good { " + aliases.toString().replace("...Level", "hsCode description") + " }";
		}
		String inner = aliases.toString().replace("...Level", "hsCode description");
		String middle = aliases.toString().replace("...Level", inner);
		return "{ good(hsCode: \"85\") { " + aliases.toString().replace("...Level", middle) + " } }";
	}

	@Test
	void nestedListsMultiplyTheirCostWhetherWrittenThroughFragmentsOrInline() {
		for (boolean fragments : new boolean[] { true, false }) {
			this.graphQl.document(childrenBomb(fragments))
				.execute()
				.errors()
				.expect(e -> e.getMessage().contains("maximum query complexity exceeded"))
				.verify()
				.path("good")
				.pathDoesNotExist();
		}
	}

	@Test
	void aRequestThatPassedIsCheckedAgainWithOtherVariablesAndARefusedOneEachTime() {
		// a page of n measures with 100 goods each and 100 children each: about 10,100 per measure, 20,000 at most
		String query = "query($n: Int) { measures(first: $n) { edges { node { goods { hsCode children { hsCode } } } } } }";
		for (int n : new int[] { 1, 1, 2, 2, 1 }) {
			var response = this.graphQl.document(query).variable("n", n).execute();
			if (n == 1) {
				response.errors().verify();
			}
			else {
				response.errors()
					.expect(e -> e.getMessage().contains("maximum query complexity exceeded"))
					.verify()
					.path("measures")
					.pathDoesNotExist();
			}
		}
	}

	@Test
	void sixHundredAliasesOfAnExpensiveQuestionAreRefused() {
		this.graphQl.document(aliases(600,
				"appliedTariffs(hsCode: \"9503\", origin: \"CN\", destination: \"US\", date: \"2025-04-20\") { totalRate }"))
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("maximum query complexity exceeded"))
			.verify();
	}

	@Test
	void aQuestionAsTheReadmeAsksItIsWithinTheLimit() {
		this.graphQl.document("""
				{ appliedTariffs(hsCode: "9503", origin: "CN", destination: "US", date: "2025-04-20") {
				    totalRate minRate maxRate lineCount
				    outcomes { totalRate lineCount lines(first: 1000) { hsCode }
				      layers { layer rate applies reason measure { id } exemptedBy { id } subjectTo { id } } } } }""")
			.execute()
			.errors()
			.verify()
			.path("appliedTariffs.totalRate")
			.hasValue();
	}

	@Test
	void aPageOfAMillionIsABadRequest() {
		this.graphQl.document("{ measures(first: 1000000) { totalCount } }")
			.execute()
			.errors()
			.expect(badRequest("first must be between 1 and 100, was 1000000"::equals))
			.verify();
	}

	@Test
	void aCursorTheApiDidNotIssueIsABadRequest() {
		this.graphQl.document("{ measures(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.expect(badRequest(message -> message.startsWith("after must be a cursor")))
			.verify();
	}

	@Test
	void outOfRangeArgumentsAreBadRequests() {
		this.graphQl.document("{ connections(from: \"country:US\", to: \"country:CN\", maxLength: 50) { length } }")
			.execute()
			.errors()
			.expect(badRequest(message -> message.contains("maxLength")))
			.verify();
		this.graphQl.document("{ appliedTariffs(hsCode: \"95x3\", origin: \"CN\", destination: \"US\", date: \"2025-04-20\") { totalRate } }")
			.execute()
			.errors()
			.expect(badRequest(message -> message.contains("hsCode")))
			.verify();
		this.graphQl.document("{ search(text: \"x\", kinds: [\"Planet\"]) { score } }")
			.execute()
			.errors()
			.expect(badRequest(message -> message.contains("Planet")))
			.verify();
	}

	@Test
	void aSearchTextOfAHundredKilobytesIsABadRequest() {
		this.graphQl.document("query($t: String!) { search(text: $t) { score } }")
			.variable("t", "tariff ".repeat(15_000))
			.execute()
			.errors()
			.expect(badRequest("text must be at most 500 characters, was 105000"::equals))
			.verify();
	}

	@Test
	void aDateThatIsNotADateIsAValidationError() {
		this.graphQl.document("{ appliedTariffs(hsCode: \"9503\", origin: \"CN\", destination: \"US\", date: \"20 April\") { totalRate } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals("ValidationError"))
			.verify();
	}

}
