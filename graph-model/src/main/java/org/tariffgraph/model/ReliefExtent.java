package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How much of a good an exemption for goods subject to other measures ({@code whenSubjectTo}) relieves: the whole
 * value, or only the content those measures charge. EO 14257 as carried into US note 2(v)(vii) and (ix): the
 * reciprocal tariff "shall not apply to the declared value of the steel content of the derivative iron or steel
 * products ... but such additional duties shall apply to the non-steel content".
 */
public enum ReliefExtent implements StoredWord {

	/** The whole good is relieved: the default. */
	WHOLE_VALUE,
	/**
	 * Only the content charged by the measures the good is subject to is relieved ({@link RateBase}); where one of them
	 * charges the whole value, the whole good is.
	 */
	CHARGED_CONTENT;

	/** The extent an exemption's {@code reliefExtent} names; none named is {@link #WHOLE_VALUE}. */
	public static Optional<ReliefExtent> of(@Nullable String value) {
		return (value == null) ? Optional.of(WHOLE_VALUE) : StoredWord.of(ReliefExtent.class, value);
	}

}
