package org.tariffgraph.importer.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tariffgraph.importer.dataset.DatasetReader;
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

	private ReferenceSources() {
	}

	private static Row source(String id, String publisher, String title, String url) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("publisher", publisher);
		props.put("title", title);
		props.put("url", url);
		DatasetReader.derive(EntityKind.SOURCE, id, props);
		return new Row(EntityKind.SOURCE, EntityKind.SOURCE.uid(id), 0, props, List.of());
	}

}
