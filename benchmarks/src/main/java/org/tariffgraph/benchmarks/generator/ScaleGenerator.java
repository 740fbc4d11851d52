package org.tariffgraph.benchmarks.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.reference.ReferenceImporter;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.ExemptionKind;

/**
 * Writes a dataset in the importer's format at a chosen scale, the same for the same seed. Scale 1 is about
 * 100,000 nodes and 1,000,000 relationships: 200 countries, the full HS 2022 and NAICS 2022 (from the
 * reference files) with the concordance, tariff measures per country pair over HS headings in amendment
 * chains, exemptions over subsets of their goods, officials with roles, statements about measures, and
 * sources cited by every row.
 */
public final class ScaleGenerator {

	/** What was written. */
	public record Result(Path folder, Map<String, Long> rowsPerFile) {

		public long rows() {
			return this.rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	private static final LocalDate START = LocalDate.of(2018, 1, 1);

	private static final String[] LEGAL_BASES = { "IEEPA", "Section 232", "Section 301", "Section 122", "Tariff Law" };

	private final double scale;

	private final SplittableRandom random;

	private final ReferenceImporter.Plan reference;

	public ScaleGenerator(double scale, long seed, ReferenceImporter.Plan reference) {
		this.scale = scale;
		this.random = new SplittableRandom(seed);
		this.reference = reference;
	}

	private int count(int atScaleOne) {
		return Math.max(2, (int) Math.round(atScaleOne * this.scale));
	}

	public Result write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Map<String, Long> rows = new LinkedHashMap<>();
		int sources = count(7000);
		int countries = 200;
		int organisations = count(500);
		int officials = count(2000);
		int roles = count(3000);
		int measures = count(30000);
		int exemptions = count(5000);
		int statements = count(40000);
		int events = count(2000);
		int indicators = count(2000);

		try (CsvFile f = new CsvFile(folder.resolve("sources.csv"), "id", "publisher", "title", "document", "url", "published")) {
			for (int i = 0; i < sources; i++) {
				f.write("s" + i, "Publisher " + (i % 50), "Report number " + i, "DOC " + i, "https://example.org/s/" + i,
						date(this.random.nextInt(3000)));
			}
			rows.put("sources.csv", f.rows());
		}
		List<String> iso2 = new ArrayList<>();
		try (CsvFile f = new CsvFile(folder.resolve("countries.csv"), "iso2", "iso3", "name", "aliases", "sources")) {
			for (int i = 0; i < countries; i++) {
				String code = "" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
				iso2.add(code);
				f.write(code, code + "X", "Country " + code, "Republic of " + code + ";" + code + " land", source(sources));
			}
			rows.put("countries.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("organisations.csv"), "id", "name", "kind", "aliases", "description",
				"country", "affiliatedWith", "sources")) {
			for (int i = 0; i < organisations; i++) {
				f.write("org" + i, "Organisation " + i, "agency", "", "An agency", pick(iso2),
						(i > 0 && i % 5 == 0) ? "org" + this.random.nextInt(i) : "", source(sources));
			}
			rows.put("organisations.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("officials.csv"), "id", "name", "aliases", "description", "country",
				"sources")) {
			for (int i = 0; i < officials; i++) {
				f.write("p" + i, "Official " + i, "O. " + i, "A minister", pick(iso2), source(sources));
			}
			rows.put("officials.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("roles.csv"), "official", "title", "at", "from", "until", "sources")) {
			for (int i = 0; i < roles; i++) {
				int from = this.random.nextInt(2500);
				f.write("p" + (i % officials), "Minister of portfolio " + i, "country:" + pick(iso2), date(from),
						this.random.nextBoolean() ? date(from + 200 + this.random.nextInt(800)) : "", source(sources));
			}
			rows.put("roles.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("industries.csv"), "naicsCode", "title", "sources")) {
			for (Row industry : this.reference.industries()) {
				f.write(key(industry), industry.props().get("title"), source(sources));
			}
			rows.put("industries.csv", f.rows());
		}
		Map<String, List<String>> madeBy = new HashMap<>();
		ReferenceImporter.resolveOffline(this.reference)
			.links()
			.forEach(link -> madeBy.computeIfAbsent(link.hs(), k -> new ArrayList<>()).add(link.naics()));
		List<String> headings = new ArrayList<>();
		try (CsvFile f = new CsvFile(folder.resolve("goods.csv"), "hsCode", "name", "industries", "sources")) {
			for (Row good : this.reference.goods()) {
				String code = key(good);
				if (code.length() == 4) {
					headings.add(code);
				}
				f.write(code, good.props().get("description"), String.join(";", madeBy.getOrDefault(code, List.of())),
						source(sources));
			}
			rows.put("goods.csv", f.rows());
		}
		List<String> measureIds = new ArrayList<>();
		Map<String, List<String>> goodsOfMeasure = new HashMap<>();
		try (CsvFile f = new CsvFile(folder.resolve("measures.csv"), "id", "title", "imposedBy", "appliesTo", "goods",
				"legalBasis", "instrument", "rate", "layer", "announced", "inForceFrom", "inForceUntil", "amends",
				"confidence", "sources")) {
			int chain = 0;
			while (measureIds.size() < measures) {
				String importer = pick(iso2);
				String origin = this.random.nextInt(10) == 0 ? "" : pick(iso2);
				int length = 1 + this.random.nextInt(5);
				String layer = "layer-" + chain++;
				List<String> goods = new ArrayList<>();
				boolean all = this.random.nextInt(10) == 0;
				if (!all) {
					for (int g = 0; g < 20; g++) {
						goods.add(pick(headings));
					}
				}
				String basis = LEGAL_BASES[this.random.nextInt(LEGAL_BASES.length)];
				int day = this.random.nextInt(2000);
				String previous = "";
				for (int k = 0; k < length && measureIds.size() < measures; k++) {
					String id = "m" + measureIds.size();
					int next = day + 30 + this.random.nextInt(170);
					boolean last = (k == length - 1);
					f.write(id, "Measure " + id + " of " + layer, importer, origin, all ? "*" : String.join(";", goods.stream().distinct().toList()),
							basis, "Instrument " + id, 2.5 * (2 + this.random.nextInt(60)), layer, date(day - 3), date(day),
							last ? "" : date(next - 1), previous, Confidence.CONFIRMED.value(), source(sources));
					measureIds.add(id);
					goodsOfMeasure.put(id, goods);
					previous = id;
					day = next;
				}
			}
			rows.put("measures.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("exemptions.csv"), "id", "title", "kind", "exemptsFrom", "goods",
				"industries", "grantedBy", "announced", "confidence", "sources")) {
			List<Row> industries = this.reference.industries();
			for (int i = 0; i < exemptions; i++) {
				String measure = pick(measureIds);
				List<String> covered = goodsOfMeasure.getOrDefault(measure, List.of());
				List<String> goods = new ArrayList<>();
				for (int g = 0; g < 10; g++) {
					goods.add(covered.isEmpty() ? pick(headings) : pick(covered));
				}
				f.write("e" + i, "Exemption " + i, ExemptionKind.GOODS.value(), measure, String.join(";", goods.stream().distinct().toList()),
						this.random.nextInt(4) == 0 ? key(pick(industries)) : "",
						"country:" + pick(iso2), date(this.random.nextInt(2500)),
						this.random.nextInt(5) == 0 ? Confidence.REPORTED.value() : Confidence.CONFIRMED.value(), source(sources));
			}
			rows.put("exemptions.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("statements.csv"), "id", "speaker", "date", "kind", "text", "about",
				"sources")) {
			for (int i = 0; i < statements; i++) {
				String speaker = this.random.nextInt(5) == 0 ? "org:org" + this.random.nextInt(organisations)
						: "official:p" + this.random.nextInt(officials);
				f.write("st" + i, speaker, date(this.random.nextInt(2500)), this.random.nextBoolean() ? "quote" : "paraphrase",
						"Statement " + i + " on tariffs, trade talks and duties about measure " + pick(measureIds),
						"measure:" + pick(measureIds) + ";country:" + pick(iso2) + ";good:" + pick(headings), source(sources));
			}
			rows.put("statements.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("events.csv"), "id", "name", "kind", "date", "participants", "about",
				"sources")) {
			for (int i = 0; i < events; i++) {
				f.write("ev" + i, "Talks " + i, "talks", date(this.random.nextInt(2500)),
						"country:" + pick(iso2) + ";country:" + pick(iso2) + ";official:p" + this.random.nextInt(officials),
						"measure:" + pick(measureIds), source(sources));
			}
			rows.put("events.csv", f.rows());
		}
		try (CsvFile f = new CsvFile(folder.resolve("indicators.csv"), "id", "name", "value", "unit", "date", "country",
				"affects", "sources")) {
			List<Row> industries = this.reference.industries();
			for (int i = 0; i < indicators; i++) {
				f.write("ind" + i, "Trade volume " + i, -100 + this.random.nextInt(200), "percent change",
						date(this.random.nextInt(2500)), pick(iso2), key(pick(industries)),
						source(sources));
			}
			rows.put("indicators.csv", f.rows());
		}
		return new Result(folder, rows);
	}

	private String source(int sources) {
		int first = this.random.nextInt(sources);
		return this.random.nextInt(3) == 0 ? "s" + first + ";s" + ((first + 1) % sources) : "s" + first;
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	private static String date(int days) {
		return START.plusDays(days).toString();
	}

	private static String key(Row row) {
		return row.uid().substring(row.uid().indexOf(':') + 1);
	}

}
