package org.tariffgraph.importer.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tariffgraph.importer.dataset.KindRules;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.model.EntityKind;

/** The published origins of the reference files: every reference node cites one of these. */
final class ReferenceSources {

	static final Row HS = source("hs-2022-nomenclature", "UN Comtrade (via the datasets/harmonized-system package)",
			"Harmonized System 2022 nomenclature", "https://github.com/datasets/harmonized-system");

	static final Row NAICS = source("naics-2022-structure", "US Census Bureau", "2022 NAICS Structure",
			"https://www.census.gov/naics/");

	static final Row CONCORDANCE = source("hs6-naics-concordance",
			"Pierce & Schott, via the R package concordance 2.1.0 (table hs6_naics)", "HS6 to NAICS concordance",
			"https://github.com/insongkim/concordance");

	static final Row US_LINES = source("us-hts-lines", "The Budget Lab at Yale, tariff-rate-tracker (MIT), from the USITC's HTS archives",
			"US HTS-10 statistical lines with their HS-6 subheadings (hs10_gtap_crosswalk.csv)",
			"https://github.com/Budget-Lab-Yale/tariff-rate-tracker");

	static final Row PRODUCT_LISTS = source("us-measure-product-lists",
			"The Budget Lab at Yale, tariff-rate-tracker (MIT), from USTR, USITC and Federal Register lists",
			"Product lists of the 2025-2026 US tariff measures (Section 301, Section 232, IEEPA, Section 122)",
			"https://github.com/Budget-Lab-Yale/tariff-rate-tracker");

	/** Every source a reference load may cite. */
	static final List<Row> ALL = List.of(HS, NAICS, CONCORDANCE, US_LINES, PRODUCT_LISTS);

	private ReferenceSources() {
	}

	private static Row source(String id, String publisher, String title, String url) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("publisher", publisher);
		props.put("title", title);
		props.put("url", url);
		KindRules.derive(EntityKind.SOURCE, id, props);
		return new Row(EntityKind.SOURCE, EntityKind.SOURCE.uid(id), 0, props, List.of());
	}

}
