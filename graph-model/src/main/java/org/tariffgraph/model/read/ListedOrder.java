package org.tariffgraph.model.read;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;

/**
 * The order lists of entities are given in, and how lists are put in it fast: a class of its own beside
 * {@link Entities}, which reads entities, because the fast paths (measured on the API's largest answers) are most
 * of its lines.
 */
public final class ListedOrder {

	/**
	 * The order lists of entities are given in: by the date of each entity's kind ({@link EntityKind#dateProperty}),
	 * the undated last, then by uid, as the navigation queries' {@code ORDER BY} orders them. Where a query cannot
	 * order a list itself, the API sorts it with this, so that the answer does not follow how the store happens to
	 * hold the relationships.
	 */
	public static final Comparator<GraphEntity> LISTED = ListedOrder::compareListed;

	/** {@link #LISTED} for entities of kinds that have no date: by uid alone. */
	private static final Comparator<GraphEntity> BY_UID = (a, b) -> a.uid().compareTo(b.uid());

	/** The low bits of a sort key ({@link #sortListed}) that hold the item's index. */
	private static final int INDEX_MASK = (1 << 24) - 1;

	private ListedOrder() {
	}

	/**
	 * {@link #LISTED} for a list whose entities are all of {@code kind} (any where null): by uid alone where the kind
	 * has no date, without asking each entity for one, which was half of sorting 23,000 goods.
	 */
	public static Comparator<GraphEntity> listed(@Nullable EntityKind kind) {
		return (kind != null && kind.dateProperty().isEmpty()) ? BY_UID : LISTED;
	}

	/**
	 * Puts a list whose entities are all of {@code kind} (any where null) in {@link #listed} order. Where the kind has
	 * no date and every uid is the same prefix and a code of at most ten digits (goods), the codes are sorted as
	 * numbers: each uid is read once into a key, and the keys are sorted as primitives. Sorting the uids themselves
	 * compares each several times, and each comparison reaches two strings elsewhere in memory: sorting the goods of
	 * 100 measures on the main job's graph (24,000) that way took a quarter of the API thread's samples (JFR, 1 Dec
	 * 2026). The key keeps the order of the strings: digits padded with zeros to ten, then the shorter first, which
	 * is how a string compares with one it begins.
	 */
	public static void sortListed(List<GraphEntity> items, @Nullable EntityKind kind) {
		if (items.size() < 2) {
			return;
		}
		Comparator<GraphEntity> order = listed(kind);
		if (order != BY_UID || !sortedByCode(items)) {
			items.sort(order);
		}
	}

	/** Sorts by uid where each is the first one's prefix and up to ten digits, else leaves the list and says so. */
	private static boolean sortedByCode(List<GraphEntity> items) {
		int n = items.size();
		String first = items.get(0).uid();
		int start = first.indexOf(':') + 1;
		if (start == 0 || n > INDEX_MASK) {
			return false;
		}
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			String uid = items.get(i).uid();
			int digits = uid.length() - start;
			if (digits < 1 || digits > 10 || !uid.regionMatches(0, first, 0, start)) {
				return false;
			}
			long code = 0;
			for (int at = start; at < uid.length(); at++) {
				char c = uid.charAt(at);
				if (c < '0' || c > '9') {
					return false;
				}
				code = code * 10 + (c - '0');
			}
			for (int padded = digits; padded < 10; padded++) {
				code *= 10;
			}
			// below 10^10 * 16 + 10 < 2^38, shifted by 24 bits for the index: below 2^62
			keys[i] = ((code * 16 + digits) << 24) | i;
		}
		Arrays.sort(keys);
		GraphEntity[] sorted = new GraphEntity[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = items.get((int) (keys[i] & INDEX_MASK));
		}
		for (int i = 0; i < n; i++) {
			items.set(i, sorted[i]);
		}
		return true;
	}

	/**
	 * {@link #LISTED} written out rather than composed of {@code Comparator.comparing}, {@code nullsLast} and
	 * {@code thenComparing}: sorting the 23,000 goods of 100 measures through those three lambdas took an eighth of
	 * the API thread's samples (JFR, 1 Dec 2026).
	 */
	private static int compareListed(GraphEntity a, GraphEntity b) {
		LocalDate x = date(a);
		LocalDate y = date(b);
		if (x != null || y != null) {
			if (x == null) {
				return 1;
			}
			if (y == null) {
				return -1;
			}
			int byDate = x.compareTo(y);
			if (byDate != 0) {
				return byDate;
			}
		}
		return a.uid().compareTo(b.uid());
	}

	/** The date an entity is listed by, if its kind has one and it is known. */
	private static @Nullable LocalDate date(GraphEntity entity) {
		// the component read from the kind's date property; EntitiesTest holds each case to EntityKind.dateProperty
		return switch (entity) {
			case Role role -> role.from();
			case TariffMeasure measure -> measure.inForceFrom();
			case Exemption exemption -> exemption.inForceFrom();
			case Statement statement -> statement.date();
			case Event event -> event.date();
			case Indicator indicator -> indicator.date();
			case Source source -> source.published();
			case Country country -> null;
			case Official official -> null;
			case Organisation organisation -> null;
			case Good good -> null;
			case Industry industry -> null;
		};
	}

}
