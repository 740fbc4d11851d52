package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.graph.SelectedPaths;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.api.tariff.LineOutcomes.Outcome;
import org.tariffgraph.api.tariff.Stacking.TariffLayer;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Country;
import org.tariffgraph.model.read.Good;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The duties on a good from one country into another on a day, line by line and layer by layer. */
@Controller
final class AppliedTariffsController {

	/**
	 * The answer. Where every line asked for comes to the same outcome, {@code layers} and {@code contentCases} say
	 * it, and {@code totalRate} where that does not depend on a metal content; where lines differ, all are empty and
	 * the outcomes say which lines pay what.
	 */
	record AppliedTariffs(@Nullable Good good, Country origin, Country destination, LocalDate date,
			List<Outcome> outcomes, @Nullable BigDecimal totalRate, List<TariffLayer> layers,
			List<Totals.ContentCase> contentCases, int lineCount, BigDecimal minRate, BigDecimal maxRate) {

		static AppliedTariffs of(@Nullable Good good, Country origin, Country destination, LocalDate date, List<Outcome> outcomes) {
			boolean one = outcomes.size() == 1;
			return new AppliedTariffs(good, origin, destination, date, outcomes, one ? outcomes.get(0).totalRate() : null,
					one ? outcomes.get(0).layers() : List.of(), one ? outcomes.get(0).contentCases() : List.of(),
					outcomes.stream().mapToInt(o -> o.lines().size()).sum(),
					outcomes.stream().map(Outcome::minRate).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
					outcomes.stream().map(Outcome::maxRate).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO));
		}

		/** The lines grouped by total alone, whatever layers make it up. */
		public List<LineOutcomes.TotalGroup> byTotal() {
			return LineOutcomes.byTotal(this.outcomes);
		}

		/** Whether the totals count every layer that applies, on every line. */
		public boolean totalRateComplete() {
			return this.outcomes.stream().allMatch(Outcome::totalRateComplete);
		}

	}

	private final GraphReader reader;

	AppliedTariffsController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	AppliedTariffs appliedTariffs(@Argument String hsCode, @Argument String origin, @Argument String destination,
			@Argument LocalDate date, @Argument boolean includeUncertain, DataFetchingEnvironment env) {
		String code = GoodsCode.normalise(hsCode)
			.orElseThrow(() -> new BadRequestException("hsCode must be " + GoodsCode.EXPECTED + ", was '" + hsCode + "'"));
		Map<String, Object> params = new HashMap<>();
		params.put("hsCode", code);
		params.put("ancestors", GoodsCode.selfAndAncestors(code));
		params.put("origin", CountryCode.normalise(origin));
		params.put("destination", CountryCode.normalise(destination));
		params.put("date", date);
		params.put("includeUncertain", includeUncertain);
		params.put("nationalLinesOf", AppliedTariffsQuery.NATIONAL_LINES_OF);
		// the destination is known as the node the query matches, by ISO-2 or ISO-3: its level is chosen there
		params.put("nationalLineLevel", GoodsCode.NATIONAL_LINE_LEVEL);
		params.put("hsLineLevel", GoodsCode.HS_LINE_LEVEL);
		params.put("industryKind", ExemptionKind.INDUSTRY.value());
		params.put("uncertain", Confidence.UNCERTAIN.value());
		// a layer's sources are the largest part of the answer: read only when asked for
		params.put("withSources", SelectedPaths.containsAny(env, "layers/sources", "outcomes/layers/sources"));
		return this.reader.one(AppliedTariffsQuery.CYPHER, params, record -> {
			var read = AppliedTariffsQuery.read(record, code);
			return AppliedTariffs.of(read.good(), read.origin(), read.destination(), date,
					LineOutcomes.of(read.lines(), read.coverage(), date));
		}).orElseThrow(() -> new BadRequestException(
				"origin and destination must be ISO codes of countries in the graph, were '%s' and '%s'".formatted(origin,
						destination)));
	}

	@SchemaMapping(typeName = "TariffOutcome", field = "lines")
	List<Good> lines(Outcome outcome, @Argument int first) {
		return firstLines(outcome.lines(), first);
	}

	@SchemaMapping(typeName = "TotalGroup", field = "lines")
	List<Good> lines(LineOutcomes.TotalGroup group, @Argument int first) {
		return firstLines(group.lines(), first);
	}

	private static List<Good> firstLines(List<Good> lines, int first) {
		if (first < 0 || first > Page.LARGEST) {
			throw new BadRequestException("first must be between 0 and " + Page.LARGEST + ", was " + first);
		}
		return lines.subList(0, Math.min(first, lines.size()));
	}

}
