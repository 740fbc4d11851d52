package org.tariffgraph.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of real products says what {@code product-rates.csv} says, cell by cell: the total and the
 * layers that apply. {@code ProductRatesIT} holds the API to that file, so the table shows what the API answers
 * rather than what someone once typed.
 */
class ReadmeProductTableTest {

	/** The README's short names of layers, as its legend under the table spells them out. */
	private static final Map<String, String> LAYERS = Map.ofEntries(Map.entry("fent", "us-ieepa-fentanyl"),
			Map.entry("recip", "us-ieepa-reciprocal"), Map.entry("s122", "us-section-122"), Map.entry("301", "us-section-301"),
			Map.entry("232 steel", "us-232-steel"), Map.entry("232 aluminium", "us-232-aluminium"),
			Map.entry("232 metals", "us-232-metals"), Map.entry("232 autos", "us-232-autos"),
			Map.entry("232 parts", "us-232-auto-parts"), Map.entry("232 copper", "us-232-copper"),
			Map.entry("232 timber", "us-232-timber"));

	/**
	 * A cell: the total in bold (or the lowest and highest, where it depends on a metal content), then the layers
	 * that apply with their rates, or "none".
	 */
	private static final Pattern CELL = Pattern.compile("\\*\\*([0-9.]+(?:" + ProductRatesIT.RANGE + "[0-9.]+)?)\\*\\* \\((.*)\\)");

	/** A layer: its short name and rate, and what it is charged on or less, as product-rates.csv writes them. */
	private static final Pattern LAYER = Pattern.compile("(.+?) ([0-9.]+)((?: on \\S+)?(?: less .+)?)");

	/** What the README says of one line on one day, or what the file says: the total, or the range, as written. */
	record Rate(String total, Set<String> layers) {

		@Override
		public String toString() {
			return this.total + " " + this.layers;
		}

	}

	/** A total or a range with its numbers written without trailing zeros. */
	private static String total(String written) {
		List<String> numbers = new ArrayList<>();
		for (String number : written.split(ProductRatesIT.RANGE)) {
			numbers.add(new BigDecimal(number).stripTrailingZeros().toPlainString());
		}
		return String.join(ProductRatesIT.RANGE, numbers);
	}

	/** A layer's rate and what follows it, the rate written without trailing zeros. */
	private static String rate(String rate, String rest) {
		return new BigDecimal(rate).stripTrailingZeros().toPlainString() + rest;
	}

	@Test
	void everyCellOfTheProductTableIsWhatTheHandDerivedRatesSay() throws IOException {
		Map<String, Rate> derived = derived();
		List<String> rows = table();
		assertThat(rows).as("rows of the README's product table").hasSizeGreaterThanOrEqualTo(12);
		List<String> header = cells(rows.get(0));
		List<String> dates = header.subList(2, header.size());
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (String row : rows.subList(2, rows.size())) {
			List<String> cells = cells(row);
			String line = cells.get(1).replace(".", "");
			for (int i = 0; i < dates.size(); i++) {
				String key = line + "," + dates.get(i);
				Rate said = said(cells.get(2 + i), key);
				Rate rate = derived.get(key);
				if (rate == null) {
					wrong.add(key + ": in the README, not in product-rates.csv");
				}
				else if (!said.total().equals(rate.total()) || !said.layers().equals(rate.layers())) {
					wrong.add(key + ": README says " + said + ", product-rates.csv " + rate);
				}
				checked++;
			}
		}
		assertThat(wrong).as("cells of the README's product table (%d checked) unlike product-rates.csv", checked).isEmpty();
	}

	/** The rows of the table under "Real products, layer by layer", header and rule included. */
	private static List<String> table() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
		int at = 0;
		while (at < lines.size() && !lines.get(at).startsWith("**Real products, layer by layer**")) {
			at++;
		}
		while (at < lines.size() && !lines.get(at).startsWith("|")) {
			at++;
		}
		List<String> rows = new ArrayList<>();
		while (at < lines.size() && lines.get(at).startsWith("|")) {
			rows.add(lines.get(at++));
		}
		assertThat(rows).as("the README's table under \"Real products, layer by layer\"").isNotEmpty();
		return rows;
	}

	private static List<String> cells(String row) {
		String inner = row.substring(1, row.lastIndexOf('|'));
		return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
	}

	private static Rate said(String cell, String key) {
		Matcher m = CELL.matcher(cell);
		assertThat(m.matches()).as("%s: a cell like **70** (fent 20 + 301 50), was '%s'", key, cell).isTrue();
		Set<String> layers = new TreeSet<>();
		if (!m.group(2).equals("none")) {
			for (String part : m.group(2).split(" \\+ ")) {
				Matcher layer = LAYER.matcher(part.strip());
				assertThat(layer.matches()).as("%s: a layer like 'fent 20', was '%s'", key, part).isTrue();
				String name = LAYERS.get(layer.group(1));
				assertThat(name).as("%s: a layer the README's legend names, was '%s'", key, layer.group(1)).isNotNull();
				layers.add(name + "=" + rate(layer.group(2), layer.group(3)));
			}
		}
		return new Rate(total(m.group(1)), layers);
	}

	/** product-rates.csv's rows without uncertain measures, by line and date, as {@link ProductRatesIT} reads them. */
	private static Map<String, Rate> derived() throws IOException {
		Map<String, Rate> rates = new HashMap<>();
		ProductRatesIT.handDerived().filter(row -> !row.includeUncertain()).forEach(row -> {
			Set<String> layers = new TreeSet<>();
			row.layers().forEach((layer, rate) -> {
				int space = rate.indexOf(' ');
				layers.add(layer + "=" + ((space < 0) ? rate(rate, "") : rate(rate.substring(0, space), rate.substring(space))));
			});
			rates.put(row.hts10() + "," + row.date(), new Rate(total(row.total()), layers));
		});
		return rates;
	}

}
