package org.tariffgraph.model;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one format of country codes: ISO 3166 alpha-2 (the key of a country, {@code CN}) and alpha-3
 * ({@code CHN}), stored in capitals. Users may write either in any case, with spaces around.
 */
public final class CountryCode {

	/** An alpha-2 code as stored. */
	public static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

	/** An alpha-3 code as stored. */
	public static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

	private CountryCode() {
	}

	/** The stored form of a code as a user may write it (any case, spaces around); null stays null. */
	public static @Nullable String normalise(@Nullable String text) {
		return (text == null) ? null : text.strip().toUpperCase(Locale.ROOT);
	}

}
