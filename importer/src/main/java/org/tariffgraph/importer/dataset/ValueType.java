package org.tariffgraph.importer.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.LayerRule;

/**
 * The types a dataset cell can have. Each parses the cell's text or says what it expected, in words a
 * person editing a spreadsheet understands.
 */
public enum ValueType {

	TEXT("text") {
		@Override
		Object parse(String raw) {
			return raw;
		}
	},
	CAPTION("a caption of at most " + ValueType.CAPTION_LENGTH + " characters, like S301 List 3") {
		@Override
		Object parse(String raw) {
			return matching(raw, CAPTION_PATTERN);
		}
	},
	SLUG("an id of lower-case letters, digits and dashes, like us-eo-14266") {
		@Override
		Object parse(String raw) {
			return matching(raw, SLUG_PATTERN);
		}
	},
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
	PERCENT("a rate in percent from 0 to 1000, like 125 or 7.5 (a trailing % is allowed)") {
		@Override
		Object parse(String raw) {
			String number = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).trim() : raw;
			if (!DECIMAL_PATTERN.matcher(number).matches()) {
				throw new IllegalArgumentException();
			}
			BigDecimal value = new BigDecimal(number);
			if (value.compareTo(BigDecimal.valueOf(1000)) > 0) {
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
	ISO2("an ISO 3166 alpha-2 country code of two capital letters, like CN") {
		@Override
		Object parse(String raw) {
			return matching(raw, CountryCode.ISO2);
		}
	},
	ISO3("an ISO 3166 alpha-3 country code of three capital letters, like CHN") {
		@Override
		Object parse(String raw) {
			return matching(raw, CountryCode.ISO3);
		}
	},
	HS_CODE("an HS code of 2, 4 or 6 digits or a US tariff line of 8 or 10 digits, without dots, like 95, 9503, 854231 or 8542310000") {
		@Override
		Object parse(String raw) {
			return matching(raw, GoodsCode.PATTERN);
		}
	},
	CHAPTER99("a heading of chapter 99 of the US tariff schedule, like 9903.88.01") {
		@Override
		Object parse(String raw) {
			return matching(raw, Pattern.compile("99\\d{2}\\.\\d{2}\\.\\d{2}"));
		}
	},
	PRODUCT_LIST("a product list file of the reference data, optionally with conditions on its columns (= or !=, joined by &; every list also has the column chapter), like s301_product_lists.csv?ch99_code=9903.88.01 or s232_auto_parts.txt?chapter!=87") {
		@Override
		Object parse(String raw) {
			return matching(raw, PRODUCT_LIST_PATTERN);
		}
	},
	LAYER_RULE("one of newest, highest") {
		@Override
		Object parse(String raw) {
			return LayerRule.of(raw).map(LayerRule::value).orElseThrow(IllegalArgumentException::new);
		}
	},
	NAICS_CODE("a NAICS code of 2 to 6 digits, or a sector range like 31-33") {
		@Override
		Object parse(String raw) {
			return matching(raw, NAICS_PATTERN);
		}
	},
	URL("an address starting with http:// or https://") {
		@Override
		Object parse(String raw) {
			return matching(raw, URL_PATTERN);
		}
	},
	CONFIDENCE("one of " + String.join(", ", Arrays.stream(Confidence.values()).map(Confidence::value).toList())) {
		@Override
		Object parse(String raw) {
			return Confidence.of(raw).map(Confidence::value).orElseThrow(IllegalArgumentException::new);
		}
	},
	STATEMENT_KIND("one of quote, paraphrase") {
		@Override
		Object parse(String raw) {
			return matching(raw, Pattern.compile("quote|paraphrase"));
		}
	},
	EXEMPTION_KIND("one of " + String.join(", ", Arrays.stream(ExemptionKind.values()).map(ExemptionKind::value).toList())) {
		@Override
		Object parse(String raw) {
			return ExemptionKind.of(raw).map(ExemptionKind::value).orElseThrow(IllegalArgumentException::new);
		}
	},
	EVENT_KIND("one of talks, meeting, ruling, deal, announcement") {
		@Override
		Object parse(String raw) {
			return matching(raw, Pattern.compile("talks|meeting|ruling|deal|announcement"));
		}
	},
	ORGANISATION_KIND("one of government, agency, court, broadcaster, media-account, news, company, association") {
		@Override
		Object parse(String raw) {
			return matching(raw,
					Pattern.compile("government|agency|court|broadcaster|media-account|news|company|association"));
		}
	};

	/** Long enough for "S301 List 4A 7.5%", short enough to fit in a node of Neo4j Browser. */
	static final int CAPTION_LENGTH = 30;

	private static final Pattern CAPTION_PATTERN = Pattern.compile(".{1," + CAPTION_LENGTH + "}");

	private static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern DECIMAL_PATTERN = Pattern.compile("\\d{1,4}(\\.\\d{1,4})?");

	private static final Pattern SIGNED_DECIMAL_PATTERN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

	private static final Pattern PRODUCT_LIST_PATTERN = Pattern
		.compile("[a-z0-9_]+\\.(csv|txt)(\\?[a-z0-9_]+!?=[^&=!]*(&[a-z0-9_]+!?=[^&=!]*)*)?");

	private static final Pattern NAICS_PATTERN = Pattern.compile("\\d{2,6}|\\d{2}-\\d{2}");

	private static final Pattern URL_PATTERN = Pattern.compile("https?://\\S+");

	private final String expected;

	ValueType(String expected) {
		this.expected = expected;
	}

	/** What a valid cell looks like, for error messages and {@code --help}. */
	String expected() {
		return this.expected;
	}

	/**
	 * Converts a non-blank cell.
	 * @throws IllegalArgumentException where the text is not of this type
	 */
	abstract Object parse(String raw);

	private static String matching(String raw, Pattern pattern) {
		if (!pattern.matcher(raw).matches()) {
			throw new IllegalArgumentException();
		}
		return raw;
	}

}
