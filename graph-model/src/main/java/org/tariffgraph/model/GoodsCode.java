package org.tariffgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one format of goods codes: HS 2022 chapters (2 digits), headings (4) and subheadings (6), and the US
 * national tariff lines below them, HTS-8 and HTS-10 statistical lines. A code is stored without dots; users
 * may write it with them ({@code 8542.31.00} and {@code 8542310000} are the same line).
 */
public final class GoodsCode {

	/** A stored code: 2, 4, 6, 8 or 10 digits. */
	public static final Pattern PATTERN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{8}|\\d{10}");

	/** A code of the international HS alone: a chapter, heading or subheading (2, 4 or 6 digits). */
	public static final Pattern HS_PATTERN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

	/** What a code of the international HS alone ({@link #HS_PATTERN}) looks like, for error messages. */
	public static final String HS_EXPECTED = "an HS code of 2, 4 or 6 digits";

	/** What a valid code looks like, for error messages. */
	public static final String EXPECTED = HS_EXPECTED + " or a US tariff line of 8 or 10 digits, "
			+ "dots allowed, like 95, 9503, 854231, 8542.31.00 or 8542310000";

	/** What a stored code looks like, as datasets and reference files hold it (without dots), for error messages. */
	public static final String STORED = HS_EXPECTED + " or a US tariff line of 8 or 10 digits, "
			+ "without dots, like 95, 9503, 854231 or 8542310000";

	/** The level of the first US national line (HTS-8); levels 2 to 6 are international HS. */
	public static final int FIRST_NATIONAL_LEVEL = 8;

	/** The country whose national lines (levels 8 and 10) the graph holds: the US tariff schedule's. */
	public static final String NATIONAL_LINES_OF = "US";

	/** The level of a tariff line of {@link #NATIONAL_LINES_OF}: HTS-10, the level duties are set at. */
	public static final int NATIONAL_LINE_LEVEL = 10;

	/** The level of a tariff line elsewhere: the HS-6 subheading, the deepest level every country shares. */
	public static final int HS_LINE_LEVEL = 6;

	private GoodsCode() {
	}

	/** The level of the tariff lines of goods imported into a country, given by its ISO-2 code. */
	public static int lineLevel(String destinationIso2) {
		return NATIONAL_LINES_OF.equals(destinationIso2) ? NATIONAL_LINE_LEVEL : HS_LINE_LEVEL;
	}

	/** The stored form of a code as a user may write it (dots, spaces), or empty where it is not a code. */
	public static Optional<String> normalise(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String code = withoutSeparators(text).toUpperCase(Locale.ROOT);
		return PATTERN.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/**
	 * The stored form of the start of a code as a user may write it ({@code 85}, {@code 8542.3}): dots and
	 * spaces removed; null stays null.
	 */
	public static @Nullable String prefix(@Nullable String text) {
		return (text == null) ? null : withoutSeparators(text);
	}

	/** A code as a user may write it without the dots and spaces between its digits. */
	private static String withoutSeparators(String text) {
		return text.strip().replace(".", "").replace(" ", "");
	}

	/** The code and every code above it, shortest first: {@code 8542310000} gives 85, 8542, 854231, 85423100, 8542310000. */
	public static List<String> selfAndAncestors(String code) {
		List<String> codes = new ArrayList<>();
		for (int length = 2; length <= code.length(); length += 2) {
			codes.add(code.substring(0, length));
		}
		return codes;
	}

	/** Whether {@code code} is a stored code of exactly {@code level} digits, such as an HS-6 or an HTS-10 line. */
	public static boolean isAtLevel(String code, int level) {
		return code.length() == level && PATTERN.matcher(code).matches();
	}

	/** The code of the level above, or empty for a chapter. */
	public static Optional<String> parent(String code) {
		return (code.length() > 2) ? Optional.of(code.substring(0, code.length() - 2)) : Optional.empty();
	}

}
