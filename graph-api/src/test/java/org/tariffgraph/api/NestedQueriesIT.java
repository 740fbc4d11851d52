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
 * A request for entities and what they lead to sends one query per root field, whatever the rows it returns
 * and however deep it nests, fields of type {@code Entity} with fragments per kind included.
 */
@ApiTest(fixture = "many-measures")
@Import(QueryCounter.Config.class)
class NestedQueriesIT {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	QueryCounter queries;

	private long queriesFor(int rows) {
		this.queries.reset();
		this.graphQl.documentName("measuresNested")
			.variable("first", rows)
			.execute()
			.path("measures.edges").entityList(Object.class).hasSize(rows)
			.path("measures.edges[0].node.exemptions[0].exemptsFrom[0].id").entity(String.class).isEqualTo("m1")
			.path("measures.edges[1].node.amends.id").entity(String.class).isEqualTo("m1")
			.path("measures.edges[1].node.amends.sources[0].id").entity(String.class).isEqualTo("s")
			.path("measures.edges[0].node.imposedBy.measuresImposed").entityList(Object.class).hasSize(60);
		return this.queries.count();
	}

	@Test
	void aNestedPageOfFiveRowsAndOfFifteenIsOneQueryEach() {
		// fifteen, not fifty: fifty measures with all their goods, exemptions and sources cost more than a request may
		// (see CostModel)
		assertThat(queriesFor(5)).as("queries for 5 measures nested 3 deep").isEqualTo(1);
		assertThat(queriesFor(15)).as("queries for 15 measures nested 3 deep").isEqualTo(1);
	}

	private long queriesAtDepth(String selection) {
		this.queries.reset();
		this.graphQl.document("{ measure(id: \"m3\") { id " + selection + " } }").execute().path("measure.id")
			.entity(String.class).isEqualTo("m3");
		return this.queries.count();
	}

	@Test
	void eachLevelOfNestingAddsNoQuery() {
		assertThat(queriesAtDepth("")).as("depth 0").isEqualTo(1);
		assertThat(queriesAtDepth("amends { id }")).as("depth 1").isEqualTo(1);
		assertThat(queriesAtDepth("amends { amends { id sources { id } } }")).as("depth 2").isEqualTo(1);
		assertThat(queriesAtDepth("amends { amends { amends { exemptions { exemptsFrom { goods { hsCode } } } } } }"))
			.as("depth 6").isEqualTo(1);
	}

	@Test
	void aliasesOfOneFieldKeepTheirOwnSelections() {
		this.graphQl.document("""
				{ measure(id: "m3") {
				    older: amends { id }
				    olderStill: amends { amends { id title } }
				    newer: amendedBy { id }
				} }""")
			.execute()
			.path("measure.older").entity(Map.class).isEqualTo(Map.of("id", "m2"))
			.path("measure.olderStill.amends").entity(Map.class).isEqualTo(Map.of("id", "m1", "title", "Measure 1"))
			.path("measure.newer[*].id").entityList(String.class).containsExactly("m4");
	}

	@Test
	void fieldsOfTypeEntityReadWhatEachKindsFragmentSelectsInOneQuery() {
		Fixtures.add("statements");
		this.queries.reset();
		var response = this.graphQl.documentName("statementsAnyKind").execute();
		response.path("statements.edges[0].node.speaker").entity(Map.class)
			.isEqualTo(Map.of("uid", "official:o", "displayName", "An Official", "statements", List.of(Map.of("id", "s1"))));
		response.path("statements.edges[1].node.speaker.organisationKind").entity(String.class).isEqualTo("agency");
		response.path("statements.edges[0].node.about[*].kind").entityList(String.class)
			.containsExactly("TariffMeasure", "Country");
		response.path("statements.edges[0].node.about[0].goods[*].hsCode").entityList(String.class).containsExactly("9503");
		response.path("statements.edges[0].node.about[1].measuresApplying").entityList(Object.class).hasSize(60);
		response.path("statements.edges[1].node.about[*].kind").entityList(String.class)
			.containsExactly("TariffMeasure", "Good");
		response.path("statements.edges[1].node.about[1].measures[0].imposedBy.iso2").entity(String.class)
			.isEqualTo("US");
		response.path("statements.edges[1].node.about[0].sources[*].id").entityList(String.class).containsExactly("s");
		assertThat(this.queries.count()).as("queries for statements, their speakers and what they are about").isEqualTo(1);
	}

	@Test
	void anEntityByUidReadsItsKindsFieldsInTheSameQuery() {
		this.queries.reset();
		this.graphQl.document("""
				{ entity(uid: "measure:m2") { uid kind ... on TariffMeasure { rate amends { id } }
				                                 ... on Good { hsCode } } }""")
			.execute()
			.path("entity.rate").entity(Double.class).isEqualTo(2.0)
			.path("entity.amends.id").entity(String.class).isEqualTo("m1")
			.path("entity.hsCode").pathDoesNotExist();
		assertThat(this.queries.count()).isEqualTo(1);
	}

	@Test
	void aPageSaysWhetherMoreFollowAndHowManyThereAreWhereAsked() {
		this.graphQl.document("{ measures(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id } } } }")
			.execute()
			.path("measures.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("measures.edges[*].node.id").entityList(String.class).containsExactly("m1", "m2", "m3", "m4", "m5");
		this.graphQl.document("{ measures(first: 5, after: \"b2Zmc2V0OjU0\") { totalCount pageInfo { hasNextPage } } }")
			.execute()
			.path("measures.totalCount").entity(Integer.class).isEqualTo(60)
			.path("measures.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document("{ measures(first: 5, after: \"b2Zmc2V0OjU0\") { edges { cursor node { id } } } }")
			.execute()
			.path("measures.edges[*].node.id").entityList(String.class).containsExactly("m56", "m57", "m58", "m59", "m60");
	}

	@Test
	void theNodesOfPathsAreReadAsSelectedInThePathsQuery() {
		this.queries.reset();
		var response = this.graphQl.document("""
				{ connections(from: "measure:m3", to: "measure:m1", maxLength: 2, first: 10) {
				    length nodes { uid ... on TariffMeasure { goods { hsCode } } } relationships { type } } }""")
			.execute();
		assertThat(response.path("connections[*].length").entityList(Integer.class).get()).hasSize(4).containsOnly(2);
		assertThat(response.path("connections[*].nodes[0].uid").entityList(String.class).get()).containsOnly("measure:m3");
		assertThat(response.path("connections[*].nodes[0].goods[0].hsCode").entityList(String.class).get())
			.hasSize(4)
			.containsOnly("9503");
		response.path("connections[?(@.relationships[0].type == 'AMENDS')].nodes[1].uid").entityList(String.class)
			.containsExactly("measure:m2");
		assertThat(this.queries.count()).as("queries for paths and the goods of their measures").isEqualTo(1);
	}


	@Test
	void theSameDocumentAgainReadsWhatItsVariablesIncludeEachTime() {
		String document = """
				query($goods: Boolean!) { measure(id: "m2") { id goods @include(if: $goods) { hsCode } ...older } }
				fragment older on TariffMeasure { amends @skip(if: $goods) { id } }""";
		for (boolean goods : List.of(true, false, true, false)) {
			var response = this.graphQl.document(document).variable("goods", goods).execute();
			response.path("measure.id").entity(String.class).isEqualTo("m2");
			if (goods) {
				response.path("measure.goods[*].hsCode").entityList(String.class).containsExactly("9503");
				response.path("measure.amends").pathDoesNotExist();
			}
			else {
				response.path("measure.goods").pathDoesNotExist();
				response.path("measure.amends.id").entity(String.class).isEqualTo("m1");
			}
		}
	}

	@Test
	void theSameDocumentAgainAnswersAsTheFirstTime() {
		String document = "{ measures(first: 3) { edges { node { id amends { id } } } } }";
		for (int i = 0; i < 3; i++) {
			this.graphQl.document(document)
				.execute()
				.path("measures.edges[*].node.id").entityList(String.class).containsExactly("m1", "m2", "m3")
				.path("measures.edges[1].node.amends.id").entity(String.class).isEqualTo("m1");
		}
	}

}
