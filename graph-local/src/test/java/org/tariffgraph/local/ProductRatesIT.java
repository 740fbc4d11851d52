package org.tariffgraph.local;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tariffgraph.model.RateBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph the main job starts with (the bundled dataset and the shipped reference data) against the duties
 * on real products derived by hand from the legal texts and lists ({@code product-rates.csv}, the derivation in
 * {@code docs/product-rates.md}), and the answers above the tariff lines.
 */
@MainJobGraphTest
class ProductRatesIT {

	private static final String APPLIED = """
			query($code: String!, $date: Date!, $uncertain: Boolean) {
			  appliedTariffs(hsCode: $code, origin: "CN", destination: "US", date: $date, includeUncertain: $uncertain) {
			    totalRate totalRateComplete lineCount minRate maxRate contentCases { content totalRate }
			    layers { layer rate rateBase exceptContent applies reason measure { id } exemptedBy { id } subjectTo { id } }
			    outcomes { totalRate lineCount lines(first: 3) { hsCode } }
			  }
			}""";

	/** One row of product-rates.csv. */
	record Expected(String hts10, String date, boolean includeUncertain, String total, Map<String, String> layers,
			String product) {

		@Override
		public String toString() {
			return "%s %s on %s%s".formatted(this.hts10, this.product, this.date, this.includeUncertain ? " (with uncertain)" : "");
		}

	}

	@Autowired
	GraphQlTester graphQl;

	static Stream<Expected> handDerived() throws IOException {
		try (InputStream in = ProductRatesIT.class.getResourceAsStream("/product-rates.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#") && !line.startsWith("hts10,"))
				.map(line -> line.split(",", 6))
				.map(f -> new Expected(f[0], f[1], Boolean.parseBoolean(f[2]), f[3], layers(f[4]), f[5].replace("\"", "")))
				.toList()
				.stream();
		}
	}

	private static Map<String, String> layers(String text) {
		Map<String, String> layers = new TreeMap<>();
		for (String pair : text.split(";")) {
			if (!pair.isBlank()) {
				layers.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		return layers;
	}

	private GraphQlTester.Response applied(String code, String date, boolean includeUncertain) {
		return this.graphQl.document(APPLIED).variable("code", code).variable("date", date)
			.variable("uncertain", includeUncertain).execute();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("handDerived")
	void theApiGivesTheDutiesDerivedByHandFromTheLaw(Expected expected) {
		var response = applied(expected.hts10(), expected.date(), expected.includeUncertain());
		List<Map<String, Object>> layers = response.path("appliedTariffs.layers").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		Map<String, String> applying = new TreeMap<>();
		layers.stream()
			.filter(l -> Boolean.TRUE.equals(l.get("applies")) && l.get("rate") != null)
			.filter(l -> new BigDecimal(String.valueOf(l.get("rate"))).signum() != 0)
			.forEach(l -> applying.put((String) l.get("layer"), layer(l)));
		assertThat(applying).as("layers that apply and add to the total, with their rates; all layers: %s", layers)
			.isEqualTo(expected.layers());
		int range = expected.total().indexOf(RANGE);
		if (range < 0) {
			response.path("appliedTariffs.totalRate").entity(BigDecimal.class)
				.satisfies(total -> assertThat(total).as("total rate").isEqualByComparingTo(expected.total()));
			response.path("appliedTariffs.contentCases").entityList(Object.class).hasSize(0);
			return;
		}
		response.path("appliedTariffs.totalRate").valueIsNull();
		response.path("appliedTariffs.minRate").entity(BigDecimal.class).satisfies(min -> assertThat(min)
			.as("the lowest total over the share of metal in the value").isEqualByComparingTo(expected.total().substring(0, range)));
		response.path("appliedTariffs.maxRate").entity(BigDecimal.class).satisfies(max -> assertThat(max)
			.as("the highest total over the share of metal in the value").isEqualByComparingTo(expected.total().substring(range + 1)));
	}

	/** Between the lowest and the highest total in product-rates.csv, where the total depends on a metal content. */
	static final String RANGE = "–";

	/**
	 * A layer that applies as product-rates.csv writes it: its rate, "on" the content it is charged on, "less" the
	 * contents an exemption took out of its base.
	 */
	private static String layer(Map<String, Object> layer) {
		String text = new BigDecimal(String.valueOf(layer.get("rate"))).stripTrailingZeros().toPlainString();
		if (!RateBase.VALUE.value().equals(layer.get("rateBase"))) {
			text += " on " + layer.get("rateBase");
		}
		List<?> except = (List<?>) layer.get("exceptContent");
		if (!except.isEmpty()) {
			text += " less " + String.join(" and ", except.stream().map(String::valueOf).toList());
		}
		return text;
	}

	@Test
	void aSuspendedListAndASection232RuleSayWhyTheirLayersDoNotApply() {
		var toy = applied("9503.00.00.90", "2025-04-20", false);
		toy.path("appliedTariffs.layers[?(@.layer == 'us-section-301')].applies").entityList(Boolean.class).containsExactly(false);
		toy.path("appliedTariffs.layers[?(@.layer == 'us-section-301')].measure.id").entityList(String.class)
			.containsExactly("us-s301-list-4b");
		toy.path("appliedTariffs.layers[?(@.layer == 'us-section-301')].reason").entityList(String.class)
			.satisfies(r -> assertThat(r).singleElement().asString().contains("suspended from 2019-12-15, before it took effect"));
		var steel = applied("7208390030", "2025-09-01", false);
		// from 4 Jun 2025 the exclusion relieves only the content a measure charges; steel articles pay on their value
		steel.path("appliedTariffs.layers[?(@.layer == 'us-ieepa-reciprocal')].exemptedBy[*].id").entityList(String.class)
			.containsExactly("us-ieepa-232-exclusion-content");
		steel.path("appliedTariffs.layers[?(@.layer == 'us-ieepa-reciprocal')].applies").entityList(Boolean.class)
			.containsExactly(false);
		applied("7208390030", "2025-04-20", false)
			.path("appliedTariffs.layers[?(@.layer == 'us-ieepa-reciprocal')].exemptedBy[*].id").entityList(String.class)
			.containsExactly("us-ieepa-232-exclusion");
		steel.path("appliedTariffs.layers[?(@.layer == 'us-ieepa-reciprocal')].subjectTo[*].id").entityList(String.class)
			.containsExactly("us-procl-10947-steel");
	}

	@Test
	void section301SaysWhichListALineIsOnAndWhichExclusionTookItOut() {
		String s301 = "appliedTariffs.layers[?(@.layer == 'us-section-301')]";
		// US note 20(s) lists 8443.32.10 on List 4A; the tracker's list also has it on List 3, which note 20(f) does not
		applied("8443321050", "2025-09-01", false).path(s301 + ".measure.id").entityList(String.class)
			.containsExactly("us-s301-list-4a");
		// note 20(vvv)(iii)(1) excludes the whole line from heading 9903.88.03 until 9 Nov 2026
		var fish = applied("0304725000", "2025-09-01", false);
		fish.path(s301 + ".measure.id").entityList(String.class).containsExactly("us-s301-list-3");
		fish.path(s301 + ".applies").entityList(Boolean.class).containsExactly(false);
		fish.path(s301 + ".exemptedBy[*].id").entityList(String.class).containsExactly("us-s301-exclusions-list-3");
		applied("0304725000", "2026-11-10", false).path(s301 + ".applies").entityList(Boolean.class).containsExactly(true);
		// the civil aircraft exception from Section 122 is the good's use, which the line does not say
		applied("8443321050", "2026-03-01", true)
			.path("appliedTariffs.layers[?(@.layer == 'us-section-122')].exemptedBy[*].id").entityList(String.class)
			.containsExactly("us-s122-exceptions-aircraft");
	}

	@Test
	void theMetalsAnnexThatNamesTheLineMostSpecificallyDecidesItsLayer() {
		// US note 16: the annexes are exclusive; the file names 7326.20, 8503.00 and 8483.90 for Annex I-B, the line
		// itself for Annex I-A, II and III (docs/product-rates.md §2.15)
		String metals = "appliedTariffs.layers[?(@.layer == 'us-232-metals')]";
		String s122 = "appliedTariffs.layers[?(@.layer == 'us-section-122')]";
		var wire = applied("7326200090", "2026-06-01", false);
		wire.path(metals + ".measure.id").entityList(String.class).containsExactly("us-232-metals-annex-1a");
		var annex2 = applied("8503004500", "2026-06-01", false);
		annex2.path(metals + ".measure.id").entityList(String.class).containsExactly("us-232-metals-annex-2");
		annex2.path(s122 + ".applies").entityList(Boolean.class).containsExactly(true);
		var annex3 = applied("8483902000", "2026-06-01", false);
		annex3.path(metals + ".measure.id").entityList(String.class).containsExactly("us-232-metals-annex-3");
		annex3.path(metals + ".applies").entityList(Boolean.class).containsExactly(true);
		annex3.path(metals + ".rate").entityList(Object.class).satisfies(rates -> assertThat(rates)
			.as("Annex III brings the duty to 15% with the column 1 rate, which the graph lacks").containsExactly((Object) null));
		annex3.path("appliedTariffs.totalRateComplete").entity(Boolean.class)
			.satisfies(complete -> assertThat(complete).as("the total of 25 leaves out the Annex III layer, and says so").isFalse());
		wire.path("appliedTariffs.totalRateComplete").entity(Boolean.class).isEqualTo(true);
		annex3.path(s122 + ".applies").entityList(Boolean.class).containsExactly(false);
		annex3.path(s122 + ".subjectTo[*].id").entityList(String.class).containsExactly("us-232-metals-annex-3");
	}

	@Test
	void theNoStackingRuleForVehiclePartsReachesOnlyPartsThatPayTheVehiclePartsTariff() {
		// gearboxes of 8708.40.30: not on the parts list of US note 33(g) (8708.40.11, .70, .75 are), on the steel
		// derivatives added from 18 Aug 2025 and on List 3: steel 50 on the steel content + fentanyl 20 + Section 301 25,
		// the reciprocal 10 on the rest of the value
		var gearbox = applied("8708403000", "2025-09-01", false);
		gearbox.path("appliedTariffs.layers[?(@.layer == 'us-232-steel')].applies").entityList(Boolean.class).containsExactly(true);
		gearbox.path("appliedTariffs.layers[?(@.layer == 'us-232-auto-parts')]").entityList(Object.class).hasSize(0);
		gearbox.path("appliedTariffs.maxRate").entity(BigDecimal.class)
			.satisfies(t -> assertThat(t).as("with a gearbox all of steel").isEqualByComparingTo("95"));
		// bumper stampings of 8708.10.30 are on the parts list and on the aluminium derivatives: the parts tariff
		// applies and the aluminium tariff gives way to it (EO 14289, US note 33(f))
		var listed = applied("8708103020", "2025-09-01", false);
		listed.path("appliedTariffs.layers[?(@.layer == 'us-232-auto-parts')].applies").entityList(Boolean.class)
			.containsExactly(true);
		listed.path("appliedTariffs.layers[?(@.layer == 'us-232-aluminium')].subjectTo[*].id").entityList(String.class)
			.containsExactly("us-procl-10908-parts");
	}

	@Test
	void onlyTheMedicamentLineTheLawNamesAsAMetalDerivativePaysTheMetalTariffs() {
		// the tracker lists all of 3004.90.92 as a steel and aluminium derivative; US note 19(k) names 3004.90.9244
		var named = applied("3004909244", "2025-09-01", false);
		named.path("appliedTariffs.layers[?(@.layer == 'us-232-aluminium')].applies").entityList(Boolean.class)
			.containsExactly(true);
		// no single total: with none of the metal, then all steel, then all aluminium (docs/product-rates.md §2.17)
		named.path("appliedTariffs.contentCases[0].content").valueIsNull();
		named.path("appliedTariffs.contentCases[1].content").entity(String.class).isEqualTo("steel-content");
		named.path("appliedTariffs.contentCases[2].content").entity(String.class).isEqualTo("aluminium-content");
		var other = applied("3004909201", "2025-09-01", false);
		other.path("appliedTariffs.layers[?(@.layer == 'us-232-aluminium' || @.layer == 'us-232-steel')]")
			.entityList(Object.class).hasSize(0);
	}

	@Test
	void aHeadingWhoseLinesDifferGetsNoSingleTotalButItsLinesGroupedByOutcome() {
		var parts = applied("8708", "2025-09-01", false);
		parts.path("appliedTariffs.totalRate").valueIsNull();
		parts.path("appliedTariffs.layers").entityList(Object.class).hasSize(0);
		parts.path("appliedTariffs.outcomes").entityList(Object.class).hasSizeGreaterThan(1);
		parts.path("appliedTariffs.lineCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(50));
		BigDecimal min = parts.path("appliedTariffs.minRate").entity(BigDecimal.class).get();
		BigDecimal max = parts.path("appliedTariffs.maxRate").entity(BigDecimal.class).get();
		assertThat(min).as("the lowest and highest total of the heading's lines").isLessThan(max);
		// 854370 on 2025-09-01: its lines on Lists 1, 2 and 3 are three outcomes (different Section 301 headings) of one
		// total, 55 (fentanyl 20, reciprocal 10, Section 301 25)
		var machines = this.graphQl.document("""
				{ appliedTariffs(hsCode: "854370", origin: "CN", destination: "US", date: "2025-09-01") {
				    lineCount byTotal { totalRate lineCount outcomeCount lines(first: 1000) { hsCode } } } }""")
			.execute();
		machines.path("appliedTariffs.byTotal[*].totalRate").entityList(BigDecimal.class)
			.satisfies(totals -> assertThat(totals).usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("55"), new BigDecimal("30"), new BigDecimal("37.5")));
		machines.path("appliedTariffs.byTotal[*].lineCount").entityList(Integer.class).containsExactly(13, 2, 1);
		machines.path("appliedTariffs.byTotal[*].outcomeCount").entityList(Integer.class).containsExactly(3, 2, 1);
		machines.path("appliedTariffs.byTotal[0].lines[*].hsCode").entityList(String.class).hasSize(13)
			.satisfies(codes -> assertThat(codes).as("in code order").isSorted());
		machines.path("appliedTariffs.byTotal[*].lineCount").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as("every line in one group")
				.isEqualTo(machines.path("appliedTariffs.lineCount").entity(Integer.class).get()));
		machines.path("appliedTariffs.byTotal[*].totalRate").entityList(BigDecimal.class)
			.satisfies(totals -> assertThat(totals.stream().map(BigDecimal::stripTrailingZeros).distinct().count())
				.as("one group per total").isEqualTo(totals.size()));
		var toys = applied("950300", "2025-04-20", false);
		toys.path("appliedTariffs.outcomes").entityList(Object.class).hasSize(1);
		toys.path("appliedTariffs.totalRate").entity(BigDecimal.class).satisfies(t -> assertThat(t).isEqualByComparingTo("145"));
	}

	@Test
	void everyGraphiQlExampleRunsWithoutErrorsOnTheMainJobsGraph() throws IOException {
		var examples = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:graphiql-examples/*.graphql");
		assertThat(examples).as("the GraphiQL example operations").hasSizeGreaterThan(5);
		for (var example : examples) {
			String document = example.getContentAsString(StandardCharsets.UTF_8);
			// verify() fails the test on any error, naming it
			this.graphQl.document(document).execute().errors().verify();
		}
	}

	@Test
	void anHtsLineIsFoundWrittenWithOrWithoutDotsUnderItsSubheading() {
		this.graphQl.document("{ a: good(hsCode: \"8542.31.00\") { level parent { hsCode } } b: good(hsCode: \"8542310015\") { level parent { hsCode } } }")
			.execute()
			.path("a.level").entity(Integer.class).isEqualTo(8)
			.path("a.parent.hsCode").entity(String.class).isEqualTo("854231")
			.path("b.level").entity(Integer.class).isEqualTo(10)
			.path("b.parent.hsCode").entity(String.class).isEqualTo("85423100");
	}

}
