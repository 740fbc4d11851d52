package org.tariffgraph.local;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions the API exists for, asked of the bundled dataset (the seed article and the 2025–2026
 * US–China timeline) in an in-process Neo4j, with the answers the facts give: applied tariffs and the reach of
 * exemptions. The questions of exploration (timeline, who said what, lists, search, connections) are
 * {@link BundledDatasetExplorationIT}'s.
 */
@MainJobGraphTest(referenceData = false)
class BundledDatasetQuestionsIT {

	@Autowired
	GraphQlTester graphQl;

	private GraphQlTester.Response applied(String hsCode, String origin, String destination, String date,
			boolean includeUncertain) {
		return this.graphQl.documentName("appliedTariffs")
			.variable("hsCode", hsCode)
			.variable("origin", origin)
			.variable("destination", destination)
			.variable("date", date)
			.variable("includeUncertain", includeUncertain)
			.execute();
	}

	private static void rate(GraphQlTester.Response response, String path, String expected) {
		response.path(path).entity(BigDecimal.class).satisfies(r -> assertThat(r).isEqualByComparingTo(expected));
	}

	@Test
	void aToyFromChinaIntoTheUsOn20April2025PaysTwoLayersSummingTo145Percent() {
		var response = applied("9503", "CN", "US", "2025-04-20", false);
		rate(response, "appliedTariffs.totalRate", "145");
		response.path("appliedTariffs.layers[*].layer").entityList(String.class)
			.containsExactly("us-ieepa-fentanyl", "us-ieepa-reciprocal");
		response.path("appliedTariffs.layers[*].measure.id").entityList(String.class)
			.containsExactly("us-eo-14228", "us-eo-14266");
		rate(response, "appliedTariffs.layers[0].rate", "20");
		rate(response, "appliedTariffs.layers[1].rate", "125");
		response.path("appliedTariffs.layers[1].superseded[*].id").entityList(String.class).contains("us-eo-14257-baseline");
		assertThat(response.path("appliedTariffs.layers[*].legalBasis").entityList(String.class).get()).containsOnly("IEEPA");
		response.path("appliedTariffs.layers[1].instrument").entity(String.class).isEqualTo("Executive Order 14266");
		assertThat(response.path("appliedTariffs.layers[0].sources[*].document").entityList(String.class).get()).isNotEmpty();
		response.path("appliedTariffs.layers[1].sources[*].id").entityList(String.class).contains("fr-90-15625");
	}

	@Test
	void aToyFromChinaIntoTheUsOn20May2025PaysThirtyPercentAfterGeneva() {
		var response = applied("9503", "CN", "US", "2025-05-20", false);
		rate(response, "appliedTariffs.totalRate", "30");
		response.path("appliedTariffs.layers[?(@.layer == 'us-ieepa-reciprocal')].measure.id").entityList(String.class)
			.containsExactly("us-eo-14298");
		// the third layer, de minimis, adds no duty of its own
		assertThat(response.path("appliedTariffs.layers[*].rate").entityList(BigDecimal.class).get())
			.filteredOn(rate -> rate.signum() != 0)
			.hasSize(2);
	}

	@Test
	void chinasReportedAprilListTakesProcessorsButNotMemoryChipsOutOfThe125PercentLayer() {
		var processors = applied("854231", "US", "CN", "2025-04-20", false);
		rate(processors, "appliedTariffs.totalRate", "0");
		processors.path("appliedTariffs.layers[0].measure.id").entity(String.class).isEqualTo("cn-tc-2025-no6");
		processors.path("appliedTariffs.layers[0].applies").entity(Boolean.class).isEqualTo(false);
		processors.path("appliedTariffs.layers[0].exemptedBy[*].id").entityList(String.class)
			.contains("cn-exemption-integrated-circuits-2025-04");
		// Caijing's list leaves memory chips out; only the broader (reported) WSJ list of semiconductors covers them
		applied("854232", "US", "CN", "2025-04-20", false).path("appliedTariffs.layers[0].exemptedBy[*].id")
			.entityList(String.class)
			.doesNotContain("cn-exemption-integrated-circuits-2025-04")
			.contains("cn-exemption-wsj-list-2025-04");
		// A good no exemption covers pays the full 125%
		rate(applied("9503", "US", "CN", "2025-04-20", false), "appliedTariffs.totalRate", "125");
	}

	@Test
	void anUncertainExemptionCountsOnlyWhenAskedFor() {
		applied("271119", "US", "CN", "2025-04-30", false).path("appliedTariffs.layers[0].exemptedBy[*].id")
			.entityList(String.class)
			.doesNotContain("cn-exemption-ethane-2025-04");
		applied("271119", "US", "CN", "2025-04-30", true).path("appliedTariffs.layers[0].exemptedBy[*].id")
			.entityList(String.class)
			.contains("cn-exemption-ethane-2025-04");
	}

	@Test
	void theChipExemptionReachesTheSemiconductorIndustryThroughTheGoodsItCovers() {
		var response = this.graphQl.documentName("exemptionIndustries")
			.variable("id", "cn-exemption-integrated-circuits-2025-04")
			.execute();
		response.path("exemption.confidence").entity(String.class).isEqualTo("reported");
		response.path("exemption.industriesReached[*].industry.naicsCode").entityList(String.class)
			.contains("334413", "3344", "31-33");
		response.path("exemption.industriesReached[?(@.industry.naicsCode == '334413')].path.nodes[*].uid")
			.entityList(String.class)
			.containsExactly("exemption:cn-exemption-integrated-circuits-2025-04", "good:854231", "industry:334413");
		response.path("exemption.industriesReached[?(@.industry.naicsCode == '334413')].path.relationships[*].type")
			.entityList(String.class)
			.containsExactly("COVERS", "MADE_BY");
		assertThat(response.path("exemption.industriesReached[0].sources[*].id").entityList(String.class).get()).isNotEmpty();
	}

	@Test
	void aReachAskedOnlyForTheLengthOfItsPathGivesTheLengthOfTheWholePath() {
		var response = this.graphQl.document("""
				{ exemption(id: "cn-exemption-integrated-circuits-2025-04") {
				    lengths: industriesReached { industry { naicsCode } path { length } }
				    paths: industriesReached { industry { naicsCode } path { length nodes { uid } } } }
				  lengths: exemptionsReachingIndustry(naicsCode: "3344") { exemption { id } path { length } }
				  paths: exemptionsReachingIndustry(naicsCode: "3344") { exemption { id } path { length relationships { type } } } }""")
			.execute();
		for (String field : List.of("exemption.%s[*].industry.naicsCode", "exemption.%s[*].path.length",
				"%s[*].exemption.id", "%s[*].path.length")) {
			List<Object> alone = response.path(field.formatted("lengths")).entityList(Object.class).get();
			assertThat(alone).as(field.formatted("lengths")).isNotEmpty()
				.isEqualTo(response.path(field.formatted("paths")).entityList(Object.class).get());
		}
		List<Integer> lengths = response.path("exemption.paths[*].path.length").entityList(Integer.class).get();
		List<?> nodes = response.path("exemption.paths[*].path.nodes").entityList(List.class).get();
		for (int i = 0; i < lengths.size(); i++) {
			assertThat((List<?>) nodes.get(i)).as("the nodes of path %d", i).hasSize(lengths.get(i) + 1);
		}
	}

	@Test
	void theSemiconductorIndustryAtAnyLevelIsReachedByChinasReportedExemptions() {
		for (String code : List.of("3344", "334413")) {
			var response = this.graphQl.documentName("industryExemptions").variable("naicsCode", code).execute();
			response.path("exemptionsReachingIndustry[*].exemption.id").entityList(String.class)
				.contains("cn-exemption-integrated-circuits-2025-04");
			response.path("exemptionsReachingIndustry[*].exemption.grantedBy.uid").entityList(String.class)
				.contains("country:CN");
		}
	}

	@Test
	void theAutoReliefOrderReachesMotorVehicleManufacturingDirectly() {
		this.graphQl.documentName("industryExemptions")
			.variable("naicsCode", "3361")
			.execute()
			.path("exemptionsReachingIndustry[?(@.exemption.id == 'us-eo-14289-no-stacking')].path.length")
			.entityList(Integer.class)
			.contains(1);
	}

}
