package org.tariffgraph.importer.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.EventKind;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.IndustryCode;
import org.tariffgraph.model.LayerRule;
import org.tariffgraph.model.OrganisationKind;
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.ReliefExtent;
import org.tariffgraph.model.StatementKind;
import org.tariffgraph.model.StoredWord;

/**
 * The types a dataset cell can have. Each parses the cell's text or says what it expected, in words a
 * person editing a spreadsheet understands. Most are declared by what they accept, a pattern or a few words,
 * and keep the cell's text; the others (text, dates, numbers) read it their own way in {@link #parse}.
 */
public enum ValueType {

	TEXT("text") {
		@Override
		Object parse(String raw) {
			// any text: no pattern to run over every description of a dataset
			return raw;
		}
	},
	CAPTION("a caption of at most " + ValueType.CAPTION_LENGTH + " characters, like S301 List 3",
			Pattern.compile(".{1," + ValueType.CAPTION_LENGTH + "}")),
	SLUG("an id of lower-case letters, digits and dashes, like us-eo-14266", Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*")),
	DATE("a date as YYYY-MM-DD, like 2025-04-10") {
		@Override
		Object parse(String raw) {
			try {
				return LocalDate.parse(raw);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException();
			}
		}
	},
	PERCENT("a rate in percent from 0 to " + ValueType.MAX_PERCENT + ", like 125 or 7.5 (a trailing % is allowed)") {
		@Override
		Object parse(String raw) {
			String number = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).trim() : raw;
			if (!DECIMAL_PATTERN.matcher(number).matches()) {
				throw new IllegalArgumentException();
			}
			BigDecimal value = new BigDecimal(number);
			if (value.compareTo(BigDecimal.valueOf(MAX_PERCENT)) > 0) {
				throw new IllegalArgumentException();
			}
			return value.doubleValue();
		}
	},
	DECIMAL("a number, like 60 or -12.5") {
		@Override
		Object parse(String raw) {
			if (!SIGNED_DECIMAL_PATTERN.matcher(raw).matches()) {
				throw new IllegalArgumentException();
			}
			return new BigDecimal(raw).doubleValue();
		}
	},
	ISO2("an ISO 3166 alpha-2 country code of two capital letters, like CN", CountryCode.ISO2),
	ISO3("an ISO 3166 alpha-3 country code of three capital letters, like CHN", CountryCode.ISO3),
	HS_CODE(GoodsCode.STORED, GoodsCode.PATTERN),
	CHAPTER99("a heading of chapter 99 of the US tariff schedule, like 9903.88.01", Pattern.compile("99\\d{2}\\.\\d{2}\\.\\d{2}")),
	PRODUCT_LIST("a product list file of the reference data, optionally with conditions on its columns (= or != one value or several joined by |, conditions joined by &; every list also has the column chapter), like s301_product_lists.csv?ch99_code=9903.88.01 or s232_auto_parts.txt?chapter!=87",
			Pattern.compile("[a-z0-9_]+\\.(csv|txt)(\\?[a-z0-9_]+!?=[^&=!]*(&[a-z0-9_]+!?=[^&=!]*)*)?")),
	LAYER_RULE(StoredWord.words(LayerRule.class)),
	RATE_BASE(StoredWord.words(RateBase.class)),
	RELIEF_EXTENT(StoredWord.words(ReliefExtent.class)),
	NAICS_CODE(IndustryCode.EXPECTED, IndustryCode.PATTERN),
	URL("an address starting with http:// or https://", Pattern.compile("https?://\\S+")),
	CONFIDENCE(StoredWord.words(Confidence.class)),
	STATEMENT_KIND(StoredWord.words(StatementKind.class)),
	EXEMPTION_KIND(StoredWord.words(ExemptionKind.class)),
	EVENT_KIND(StoredWord.words(EventKind.class)),
	ORGANISATION_KIND(StoredWord.words(OrganisationKind.class));

	/** Far above the highest rate of 2025 (145%, US on China in April), below a slip such as 10000 for 100. */
	static final int MAX_PERCENT = 1000;

	/** Long enough for "S301 List 4A 7.5%", short enough to fit in a node of Neo4j Browser. */
	static final int CAPTION_LENGTH = 30;

	private static final Pattern DECIMAL_PATTERN = Pattern.compile("\\d{1,4}(\\.\\d{1,4})?");

	private static final Pattern SIGNED_DECIMAL_PATTERN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

	private final String expected;

	/** What a cell of a type declared by a pattern matches, whole. */
	private final @Nullable Pattern pattern;

	/** The words a cell of a type declared by words must be one of. */
	private final List<String> words;

	/** A type that reads the cell its own way, overriding {@link #parse}. */
	ValueType(String expected) {
		this(expected, null, List.of());
	}

	/** A type whose cells match a pattern, whole. */
	ValueType(String expected, Pattern pattern) {
		this(expected, pattern, List.of());
	}

	/** A type whose cells are one of a few words: each word written once, for the check and for the message. */
	ValueType(List<String> words) {
		this("one of " + String.join(", ", words), null, words);
	}

	ValueType(String expected, @Nullable Pattern pattern, List<String> words) {
		this.expected = expected;
		this.pattern = pattern;
		this.words = List.copyOf(words);
	}

	/** What a valid cell looks like, for error messages and {@code --help}. */
	String expected() {
		return this.expected;
	}

	/**
	 * Converts a non-blank cell: for a type declared by a pattern or by words, the cell as it is, where it
	 * matches the pattern or is one of the words.
	 * @throws IllegalArgumentException where the text is not of this type
	 */
	Object parse(String raw) {
		boolean valid = (this.pattern != null) ? this.pattern.matcher(raw).matches() : this.words.contains(raw);
		if (!valid) {
			throw new IllegalArgumentException();
		}
		return raw;
	}

}
