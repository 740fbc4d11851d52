package org.tariffgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one format of industry codes: NAICS 2022 sectors (2 digits) to national industries (6), and the sector
 * ranges NAICS itself uses for sectors that span several two-digit codes ({@code 31-33} Manufacturing,
 * {@code 44-45} Retail Trade, {@code 48-49} Transportation and Warehousing).
 */
public final class IndustryCode {

	/** A stored code: 2 to 6 digits, or a range of two-digit sectors. */
	public static final Pattern PATTERN = Pattern.compile("\\d{2,6}|\\d{2}-\\d{2}");

	/** A range of two-digit sectors, such as {@code 31-33}. */
	private static final Pattern SECTOR_RANGE = Pattern.compile("\\d{2}-\\d{2}");

	/** What a valid code looks like, for error messages. */
	public static final String EXPECTED = "a NAICS code of 2 to 6 digits, or a sector range like 31-33";

	private IndustryCode() {
	}

	/** Whether {@code code} is a range of two-digit sectors, such as {@code 31-33}. */
	public static boolean isSectorRange(String code) {
		return SECTOR_RANGE.matcher(code).matches();
	}

	/** The level of a code in the hierarchy: its digits, a sector range being a sector (2). */
	public static int level(String code) {
		return isSectorRange(code) ? 2 : code.length();
	}

	/**
	 * The two-digit sector codes a sector stands for: {@code 31-33} gives 31, 32 and 33, {@code 11} gives 11; a code
	 * below the sectors gives none.
	 */
	public static List<String> sectors(String code) {
		List<String> sectors = new ArrayList<>();
		if (isSectorRange(code) || code.length() == 2) {
			int from = Integer.parseInt(code.substring(0, 2));
			int to = isSectorRange(code) ? Integer.parseInt(code.substring(3)) : from;
			for (int sector = from; sector <= to; sector++) {
				sectors.add(String.valueOf(sector));
			}
		}
		return sectors;
	}

}
