package org.tariffgraph.importer.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.tariffgraph.importer.dataset.Column.Property;
import org.tariffgraph.importer.dataset.Column.Reference;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;

import static org.tariffgraph.model.EntityKind.COUNTRY;
import static org.tariffgraph.model.EntityKind.EVENT;
import static org.tariffgraph.model.EntityKind.EXEMPTION;
import static org.tariffgraph.model.EntityKind.GOOD;
import static org.tariffgraph.model.EntityKind.INDICATOR;
import static org.tariffgraph.model.EntityKind.INDUSTRY;
import static org.tariffgraph.model.EntityKind.MEASURE;
import static org.tariffgraph.model.EntityKind.OFFICIAL;
import static org.tariffgraph.model.EntityKind.ORGANISATION;
import static org.tariffgraph.model.EntityKind.ROLE;
import static org.tariffgraph.model.EntityKind.SOURCE;
import static org.tariffgraph.model.EntityKind.STATEMENT;

/**
 * The importer's dataset format: a folder of CSV files (UTF-8, a header line, RFC 4180 quoting), one per
 * kind of entity. Only {@code sources.csv} is required. This class is the single definition of the
 * format; {@code docs/dataset-format.md} and {@code --help} describe it.
 */
public final class DatasetFormat {

	static final List<Table> TABLES = List.of(
			new Table("sources.csv", SOURCE, "where facts come from; every other row cites one or more", List.of(
					prop("id", ValueType.SLUG, true, "the source's id, cited from the sources column of other files"),
					prop("publisher", ValueType.TEXT, true, "who published it (Federal Register, Reuters, ...)"),
					prop("title", ValueType.TEXT, true, "the title or headline"),
					prop("document", ValueType.TEXT, false, "a document number, like 90 FR 15625 or FR Doc 2025-06462"),
					prop("url", ValueType.URL, false, "where to read it"),
					prop("published", ValueType.DATE, false, "when it was published"),
					prop("note", ValueType.TEXT, false, "anything a reader should know about the source"))),
			new Table("countries.csv", COUNTRY, "countries and customs territories", List.of(
					prop("iso2", ValueType.ISO2, true, "ISO 3166 alpha-2 code, the key"),
					prop("iso3", ValueType.ISO3, true, "ISO 3166 alpha-3 code"),
					prop("name", ValueType.TEXT, true, "common English name"),
					list("aliases", ValueType.TEXT, "other names, separated by ;"),
					sources())),
			new Table("organisations.csv", ORGANISATION, "agencies, courts, broadcasters, media accounts", List.of(
					prop("id", ValueType.SLUG, true, "the organisation's id"),
					prop("name", ValueType.TEXT, true, "its name"),
					prop("kind", ValueType.ORGANISATION_KIND, true, ValueType.ORGANISATION_KIND.expected()),
					list("aliases", ValueType.TEXT, "other names, separated by ;"),
					prop("description", ValueType.TEXT, false, "what it is"),
					Reference.along("country", RelationshipType.BASED_IN).help("ISO2 of its country"),
					Reference.along("affiliatedWith", RelationshipType.AFFILIATED_WITH).list()
						.help("ids of organisations it belongs to, separated by ;"),
					sources())),
			new Table("officials.csv", OFFICIAL, "people who hold office or speak for a government", List.of(
					prop("id", ValueType.SLUG, true, "the person's id, like howard-lutnick"),
					prop("name", ValueType.TEXT, true, "full name"),
					list("aliases", ValueType.TEXT, "other names, separated by ;"),
					prop("description", ValueType.TEXT, false, "who they are"),
					Reference.along("country", RelationshipType.BASED_IN).help("ISO2 of their country"),
					sources())),
			new Table("roles.csv", ROLE, List.of("official", "title", "from"), "offices held over time; the key is official + title + from", List.of(
					Reference.along("official", RelationshipType.HOLDS).required().incoming()
						.help("id of the official who holds the role"),
					prop("title", ValueType.TEXT, true, "the office, like Secretary of Commerce"),
					Reference.along("at", RelationshipType.ROLE_AT).required()
						.help("where the role is held: country:US or org:state-council-tariff-commission"),
					prop("from", ValueType.DATE, true, "first day in the role"),
					prop("until", ValueType.DATE, false, "last day in the role; blank while held").endOf("from"),
					sources())),
			new Table("industries.csv", INDUSTRY, "NAICS 2022 industries the dataset names", List.of(
					prop("naicsCode", ValueType.NAICS_CODE, true, ValueType.NAICS_CODE.expected()),
					prop("title", ValueType.TEXT, true, "the NAICS title"),
					sharedSources())),
			new Table("goods.csv", GOOD, "HS 2022 goods the dataset names, at any level", List.of(
					prop("hsCode", ValueType.HS_CODE, true, ValueType.HS_CODE.expected()),
					prop("name", ValueType.TEXT, true, "a short common name, like toys"),
					Reference.along("industries", RelationshipType.MADE_BY).list().addingOnly()
						.help("NAICS codes of industries that make it, separated by ; (adds to the concordance)"),
					sharedSources())),
			new Table("measures.csv", MEASURE, "tariff measures: an additional duty one country imposes", List.of(
					prop("id", ValueType.SLUG, true, "the measure's id, like us-eo-14266"),
					prop("title", ValueType.TEXT, true, "a short title"),
					prop("shortTitle", ValueType.CAPTION, false,
							"a caption that tells it apart from the others at a glance (Neo4j Browser shows it), like S301 List 3"),
					Reference.along("imposedBy", RelationshipType.IMPOSED_BY).required()
						.help("ISO2 of the importing country that imposes the duty"),
					Reference.along("appliesTo", RelationshipType.APPLIES_TO).list()
						.help("ISO2 codes of the origins it taxes, separated by ;; blank for all origins"),
					Reference.along("goods", RelationshipType.COVERS).list().allowingAll()
						.help("HS codes it covers, separated by ; (a heading covers its subheadings), or * for all goods"),
					productLists("covers"),
					prop("chapter99", ValueType.CHAPTER99, false,
							"the heading of chapter 99 of the US tariff schedule it is entered under, like 9903.88.01"),
					prop("legalBasis", ValueType.TEXT, true, "the law it rests on: IEEPA, Section 232, Section 301, ..."),
					prop("instrument", ValueType.TEXT, true, "the legal instrument, like Executive Order 14266"),
					prop("rate", ValueType.PERCENT, false,
							"additional duty in percent; 0 where it adds none of its own; blank where not held (say how in rateNote)"),
					prop("rateNote", ValueType.TEXT, false, "the rate in words where one number does not say it"),
					prop("rateBase", ValueType.RATE_BASE, false,
							"what the rate is charged on, the whole customs value by default or the value of one content only: "
									+ ValueType.RATE_BASE.expected()),
					prop("layer", ValueType.SLUG, true,
							"the layer it belongs to; measures of one layer replace each other, layers stack"),
					prop("announced", ValueType.DATE, false, "when it was announced"),
					prop("inForceFrom", ValueType.DATE, true, "first day it applies"),
					prop("inForceUntil", ValueType.DATE, false, "last day it applies; blank while in force").endOf("inForceFrom"),
					prop("suspendedFrom", ValueType.DATE, false,
							"first day it is suspended (never applies again); on or before inForceFrom: it never took effect"),
					prop("layerRule", ValueType.LAYER_RULE, false,
							"how measures of its layer in force together resolve: newest (default), highest rate or most-specific listing"),
					Reference.along("amends", RelationshipType.AMENDS)
						.help("id of the earlier measure of the same layer it amends or supersedes"),
					confidence(),
					prop("description", ValueType.TEXT, false, "what it does"),
					sources())),
			new Table("exemptions.csv", EXEMPTION, "exemptions and relief from measures", List.of(
					prop("id", ValueType.SLUG, true, "the exemption's id"),
					prop("title", ValueType.TEXT, true, "a short title"),
					prop("shortTitle", ValueType.CAPTION, false,
							"a caption that tells it apart from the others at a glance (Neo4j Browser shows it), like CN: integrated circuits"),
					prop("kind", ValueType.EXEMPTION_KIND, true, ValueType.EXEMPTION_KIND.expected()),
					Reference.along("exemptsFrom", RelationshipType.EXEMPTS_FROM).required().list()
						.help("ids of the measures it takes goods or industries out of, separated by ;"),
					Reference.along("goods", RelationshipType.COVERS).list()
						.help("HS codes it exempts, separated by ;"),
					productLists("exempts"),
					prop("chapter99", ValueType.CHAPTER99, false,
							"the heading of chapter 99 under which goods are entered as exempt, like 9903.01.32"),
					Reference.along("whenSubjectTo", RelationshipType.WHEN_SUBJECT_TO).list()
						.help("ids of measures, separated by ;: it exempts every good those measures cover while they do"),
					prop("reliefExtent", ValueType.RELIEF_EXTENT, false,
							"with whenSubjectTo, how much of the good it relieves, the whole (default) or only the content those measures charge, the rest still paying: "
									+ ValueType.RELIEF_EXTENT.expected()),
					Reference.along("industries", RelationshipType.AFFECTS).list()
						.help("NAICS codes of industries it names directly, separated by ;"),
					Reference.along("grantedBy", RelationshipType.GRANTED_BY)
						.help("who granted it: country:CN, official:donald-trump or org:..."),
					prop("announced", ValueType.DATE, false, "when it was announced or reported"),
					prop("inForceFrom", ValueType.DATE, false, "first day it applies"),
					prop("inForceUntil", ValueType.DATE, false, "last day it applies").endOf("inForceFrom"),
					confidence(),
					prop("description", ValueType.TEXT, false, "what it does"),
					sources())),
			new Table("statements.csv", STATEMENT, "who said what, when, about what", List.of(
					prop("id", ValueType.SLUG, true, "the statement's id"),
					Reference.along("speaker", RelationshipType.SAID_BY).required().help("official:... or org:..."),
					prop("date", ValueType.DATE, true, "when it was said"),
					prop("kind", ValueType.STATEMENT_KIND, true, "quote (the speaker's words) or paraphrase (as reported)"),
					prop("text", ValueType.TEXT, true, "the words"),
					Reference.along("about", RelationshipType.ABOUT).list()
						.help("typed references to what it is about, separated by ;, like measure:us-eo-14266;country:CN"),
					sources())),
			new Table("events.csv", EVENT, "talks, meetings, rulings and deals", List.of(
					prop("id", ValueType.SLUG, true, "the event's id"),
					prop("name", ValueType.TEXT, true, "its name"),
					prop("kind", ValueType.EVENT_KIND, true, ValueType.EVENT_KIND.expected()),
					prop("date", ValueType.DATE, true, "when it happened or started"),
					prop("endDate", ValueType.DATE, false, "when it ended").endOf("date"),
					Reference.along("participants", RelationshipType.INVOLVES).list()
						.help("typed references to who took part, separated by ;"),
					Reference.along("about", RelationshipType.ABOUT).list()
						.help("typed references to what it concerned, separated by ;"),
					confidence(),
					prop("description", ValueType.TEXT, false, "what happened"),
					sources())),
			new Table("indicators.csv", INDICATOR, "figures such as trade volumes, with what they affect", List.of(
					prop("id", ValueType.SLUG, true, "the indicator's id"),
					prop("name", ValueType.TEXT, true, "what is measured"),
					prop("value", ValueType.DECIMAL, false, "the figure"),
					prop("unit", ValueType.TEXT, false, "its unit, like percent change"),
					prop("date", ValueType.DATE, true, "when it was reported or measured"),
					Reference.along("country", RelationshipType.MEASURED_FOR).help("ISO2 of the country"),
					Reference.along("affects", RelationshipType.AFFECTS).list()
						.help("NAICS codes of industries it affects, separated by ;"),
					prop("description", ValueType.TEXT, false, "context"),
					sources())));

	private DatasetFormat() {
	}

	static Optional<Table> table(String file) {
		return TABLES.stream().filter(t -> t.file().equals(file)).findFirst();
	}

	/** The files of the format with their columns, in the order they are read. */
	public static List<Table> tables() {
		return TABLES;
	}

	/** The file names of the format, in the order they are read. */
	public static List<String> fileNames() {
		return TABLES.stream().map(Table::file).toList();
	}

	/** A plain-text description of every file and column, for {@code --help} and the docs. */
	public static String describe() {
		List<String> lines = new ArrayList<>();
		for (Table table : TABLES) {
			lines.add("%s  (%s)".formatted(table.file(), table.purpose()));
			for (Column column : table.columns()) {
				lines.add("    %-13s %s%s".formatted(column.name(), column.required() ? "required; " : "",
						column.help()));
			}
		}
		return String.join(System.lineSeparator(), lines);
	}

	private static Property prop(String name, ValueType type, boolean required, String help) {
		return new Property(name, type, required, false, help, null);
	}

	private static Property list(String name, ValueType type, String help) {
		return new Property(name, type, false, true, help, null);
	}

	/**
	 * Product lists of the reference data that name a measure's or exemption's goods; they are linked when the
	 * reference data is loaded ({@code reference --product-lists}), not by the dataset import.
	 */
	private static Property productLists(String verb) {
		return list("productLists", ValueType.PRODUCT_LIST, "product lists whose lines it " + verb
				+ ", separated by ;, each a file of the reference data with optional conditions on its columns, like "
				+ "s301_product_lists.csv?ch99_code=9903.88.01 or s232_auto_parts.txt?chapter!=87 (linked by the reference loader)");
	}

	private static Property confidence() {
		List<String> words = Arrays.stream(Confidence.values())
			.map(c -> c.value() + ((c == Confidence.DEFAULT) ? " (default)" : ""))
			.toList();
		return prop("confidence", ValueType.CONFIDENCE, false, "how sure the reporting is: "
				+ String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast());
	}

	/** Goods and industries are shared with reference data, whose source links a dataset must keep. */
	private static Reference sharedSources() {
		return Reference.along("sources", RelationshipType.SOURCED_BY).required().list().addingOnly()
			.help("ids of the sources behind the row, separated by ; (required: nothing is unsourced)");
	}

	private static Reference sources() {
		return Reference.along("sources", RelationshipType.SOURCED_BY).required().list()
			.help("ids of the sources behind the row, separated by ; (required: nothing is unsourced)");
	}

}
