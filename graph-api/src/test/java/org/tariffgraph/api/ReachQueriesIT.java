package org.tariffgraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tariffgraph.api.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exemption's {@code industriesReached} and an industry's {@code exemptionsReaching} are read in the query of
 * the root field that returns the exemption or industry, so such a request is one query; and they answer as
 * the batch load does where the entity comes from a field of type {@code Entity}, path and sources included.
 */
@ApiTest(fixture = "reaches")
@Import(QueryCounter.Config.class)
class ReachQueriesIT {

	private static final String INDUSTRIES = "industriesReached { industry { naicsCode } path { %s } sources { id } }";

	private static final String EXEMPTIONS = "exemptionsReaching { exemption { id } path { %s } sources { id } }";

	private static final String LENGTH = "length";

	private static final String WHOLE = "length nodes { uid } relationships { type from to }";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	QueryCounter queries;

	/** The answer at {@code path}, and how many queries the request took. */
	private Map.Entry<Object, Long> ask(String document, String path) {
		this.queries.reset();
		Object answer = this.graphQl.document(document).execute().path(path).entity(Object.class).get();
		return Map.entry(answer, this.queries.count());
	}

	@Test
	void anExemptionsIndustriesAreReadWithTheExemptionAsTheBatchLoadReadsThem() {
		readInlineAsBatchLoaded("exemption(id: \"e1\")", "exemption:e1", "Exemption", "industriesReached", INDUSTRIES);
	}

	/**
	 * For a reach field, whole path and length only: through the root field of its entity's kind one query, through
	 * {@code entity(uid:)} two (the entity, then the batch load), and the same answer; with sources and without.
	 */
	private void readInlineAsBatchLoaded(String root, String uid, String type, String field, String reachTemplate) {
		for (String path : List.of(LENGTH, WHOLE)) {
			readInlineAsBatchLoaded(root, uid, type, field, reachTemplate.formatted(path), path);
			readInlineAsBatchLoaded(root, uid, type, field, reachTemplate.formatted(path).replace(" sources { id }", ""),
					path + ", no sources");
		}
	}

	private void readInlineAsBatchLoaded(String root, String uid, String type, String field, String reach, String path) {
		String rootName = root.substring(0, root.indexOf('('));
		var inline = ask("{ " + root + " { " + reach + " } }", rootName + "." + field);
		var loaded = ask("{ entity(uid: \"" + uid + "\") { ... on " + type + " { " + reach + " } } }", "entity." + field);
		assertThat(inline.getValue()).as("queries for %s and its %s, path { %s }", root, field, path).isEqualTo(1);
		assertThat(loaded.getValue()).as("queries through a field of type Entity, path { %s }", path).isEqualTo(2);
		assertThat(inline.getKey()).as("%s read inline against batch-loaded, path { %s }", field, path)
			.isEqualTo(loaded.getKey());
	}

	@Test
	void theIndustriesComeInCodeOrderWithTheShortestPathAndTheSourcesOldestFirst() {
		this.graphQl.document("{ exemption(id: \"e1\") { " + INDUSTRIES.formatted(WHOLE) + " } }")
			.execute()
			.path("exemption.industriesReached[*].industry.naicsCode").entityList(String.class)
			.containsExactly("31-33", "334", "3344", "334413", "336")
			.path("exemption.industriesReached[*].path.length").entityList(Integer.class)
			.containsExactly(2, 5, 4, 3, 1)
			.path("exemption.industriesReached[4].path.nodes[*].uid").entityList(String.class)
			.containsExactly("exemption:e1", "industry:336")
			.path("exemption.industriesReached[0].sources[*].id").entityList(String.class)
			.containsExactly("early", "late", "undated");
	}

	@Test
	void anIndustrysExemptionsAreReadWithTheIndustryAsTheBatchLoadReadsThem() {
		readInlineAsBatchLoaded("industry(naicsCode: \"3344\")", "industry:3344", "Industry", "exemptionsReaching", EXEMPTIONS);
	}

	@Test
	void aPageOfExemptionsWithTheirIndustriesIsOneQuery() {
		var page = ask("{ exemptions(first: 10) { edges { node { id " + INDUSTRIES.formatted(LENGTH) + " } } } }",
				"exemptions.edges[*].node.industriesReached[*].industry.naicsCode");
		assertThat(page.getValue()).as("queries for a page of exemptions and their industries").isEqualTo(1);
		assertThat(page.getKey()).as("the industries of e1, then of e2")
			.isEqualTo(List.of("31-33", "334", "3344", "334413", "336", "31-33", "334", "3344"));
	}

	/**
	 * Below the entities a question's own query returns, each navigation field is one batch load that reads the
	 * entities it reaches with everything selected below them: two levels more cost no query more.
	 */
	@Test
	void levelsBelowTheEntitiesOfAQuestionCostNoQueryOfTheirOwn() {
		var oneLevel = ask("{ exemptionsReachingIndustry(naicsCode: \"3344\") { exemption { id industries { naicsCode } } } }",
				"exemptionsReachingIndustry[*].exemption.industries[*].naicsCode");
		var threeLevels = ask("""
				{ exemptionsReachingIndustry(naicsCode: "3344") { exemption { id industries { naicsCode
				  parent { naicsCode parent { naicsCode title } } sources { id } } } } }""",
				"exemptionsReachingIndustry[*].exemption.industries[*].parent.naicsCode");
		assertThat(oneLevel.getKey()).as("the industries named by e1 and e2").isEqualTo(List.of("336", "3344"));
		assertThat(threeLevels.getKey()).as("the parents of the industries named by e1 and e2")
			.isEqualTo(List.of("31-33", "334"));
		assertThat(oneLevel.getValue()).as("queries for the reaches and the exemptions' industries").isEqualTo(2);
		assertThat(threeLevels.getValue()).as("queries for the reaches and three levels below the exemptions")
			.isEqualTo(2);
		this.graphQl.document("""
				{ exemptionsReachingIndustry(naicsCode: "3344") { exemption { industries { parent { parent { title } } } } } }""")
			.execute()
			.path("exemptionsReachingIndustry[1].exemption.industries[0].parent.parent.title")
			.entity(String.class)
			.isEqualTo("Manufacturing");
	}

}
