package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.tariffgraph.model.EntityKind;

/** Maps Neo4j nodes to entities by their kind's label. */
public final class Entities {

	/**
	 * The order lists of entities are given in: by the date of each entity's kind ({@link EntityKind#dateProperty}),
	 * the undated last, then by uid, as the navigation queries' {@code ORDER BY} orders them. Where a query cannot
	 * order a list itself, the API sorts it with this, so that the answer does not follow how the store happens to
	 * hold the relationships.
	 */
	public static final Comparator<GraphEntity> LISTED = Entities::compareListed;

	/** {@link #LISTED} for entities of kinds that have no date: by uid alone. */
	private static final Comparator<GraphEntity> BY_UID = (a, b) -> a.uid().compareTo(b.uid());

	/** The low bits of a sort key ({@link #sortListed}) that hold the item's index. */
	private static final int INDEX_MASK = (1 << 24) - 1;

	private Entities() {
	}

	/** The entity a node is; the node must carry one kind's label. */
	public static GraphEntity of(Node node) {
		return of(kindOf(node), node);
	}

	/**
	 * The entity of a kind whose properties are in {@code node}: a node, or a map projection of it holding
	 * only some properties (the rest read as absent). A projection may leave out the {@code uid} where it holds
	 * the kind's key, from which the uid is made as every writer makes it ({@link EntityKind#uid}, docs/model.md).
	 */
	public static GraphEntity of(EntityKind kind, MapAccessor node) {
		Value stored = node.get("uid");
		String uid = stored.isNull() ? kind.uid(node.get(kind.keyProperty()).asString()) : stored.asString();
		return switch (kind) {
			case COUNTRY -> new Country(uid, text(node, "iso2"), text(node, "iso3"), text(node, "name"), list(node, "aliases"));
			case OFFICIAL -> new Official(uid, text(node, "id"), text(node, "name"), list(node, "aliases"),
					text(node, "description"));
			case ORGANISATION -> new Organisation(uid, text(node, "id"), text(node, "name"), text(node, "kind"),
					list(node, "aliases"), text(node, "description"));
			case ROLE -> new Role(uid, text(node, "id"), text(node, "title"), node.get("from").asLocalDate(null),
					node.get("until").asLocalDate(null));
			case MEASURE -> new TariffMeasure(uid, text(node, "id"), text(node, "title"), text(node, "instrument"),
					text(node, "legalBasis"), decimal(node.get("rate")), text(node, "rateNote"), text(node, "layer"),
					node.get("announced").asLocalDate(null), node.get("inForceFrom").asLocalDate(null),
					node.get("inForceUntil").asLocalDate(null), node.get("coversAllGoods").asBoolean(false),
					text(node, "confidence"), text(node, "description"), text(node, "chapter99"),
					node.get("suspendedFrom").asLocalDate(null), text(node, "layerRule"));
			case EXEMPTION -> new Exemption(uid, text(node, "id"), text(node, "title"), text(node, "kind"),
					node.get("announced").asLocalDate(null), node.get("inForceFrom").asLocalDate(null),
					node.get("inForceUntil").asLocalDate(null), text(node, "confidence"), text(node, "description"),
					text(node, "chapter99"));
			case GOOD -> new Good(uid, text(node, "hsCode"), node.get("level").asInt(0), text(node, "name"),
					text(node, "description"), text(node, "section"), node.get("listedOnly").asBoolean(false));
			case INDUSTRY -> new Industry(uid, text(node, "naicsCode"), node.get("level").asInt(0), text(node, "title"));
			case STATEMENT -> new Statement(uid, text(node, "id"), node.get("date").asLocalDate(null), text(node, "kind"),
					text(node, "text"));
			case EVENT -> new Event(uid, text(node, "id"), text(node, "name"), text(node, "kind"),
					node.get("date").asLocalDate(null), node.get("endDate").asLocalDate(null), text(node, "confidence"),
					text(node, "description"));
			case INDICATOR -> new Indicator(uid, text(node, "id"), text(node, "name"), decimal(node.get("value")),
					text(node, "unit"), node.get("date").asLocalDate(null), text(node, "description"));
			case SOURCE -> new Source(uid, text(node, "id"), text(node, "publisher"), text(node, "title"),
					text(node, "document"), text(node, "url"), node.get("published").asLocalDate(null), text(node, "note"));
		};
	}

	/** The same for a value holding a node. */
	public static GraphEntity of(Value value) {
		return of(value.asNode());
	}

	/**
	 * The node property a record component of a kind is read from: its own name, but for the kind of an
	 * organisation, statement or exemption, which the records name apart from the entity's kind.
	 */
	public static String property(EntityKind kind, String component) {
		return switch (component) {
			case "organisationKind", "statementKind", "exemptionKind" -> "kind";
			default -> component;
		};
	}

	/** The node properties a kind's {@link GraphEntity#displayName()} is made of. */
	public static List<String> displayProperties(EntityKind kind) {
		return switch (kind) {
			case COUNTRY, OFFICIAL, ORGANISATION, EVENT, INDICATOR -> List.of("name");
			case ROLE, MEASURE, EXEMPTION, INDUSTRY, SOURCE -> List.of("title");
			case GOOD -> List.of("name", "description");
			case STATEMENT -> List.of("text");
		};
	}

	/** The record type of a kind's entities. */
	public static Class<? extends GraphEntity> type(EntityKind kind) {
		return switch (kind) {
			case COUNTRY -> Country.class;
			case OFFICIAL -> Official.class;
			case ORGANISATION -> Organisation.class;
			case ROLE -> Role.class;
			case MEASURE -> TariffMeasure.class;
			case EXEMPTION -> Exemption.class;
			case GOOD -> Good.class;
			case INDUSTRY -> Industry.class;
			case STATEMENT -> Statement.class;
			case EVENT -> Event.class;
			case INDICATOR -> Indicator.class;
			case SOURCE -> Source.class;
		};
	}

	/** The kind of a node, from its labels. */
	public static EntityKind kindOf(Node node) {
		for (String label : node.labels()) {
			var kind = EntityKind.byLabel(label);
			if (kind.isPresent()) {
				return kind.get();
			}
		}
		throw new IllegalArgumentException("Node " + node.get("uid") + " has no entity label: " + node.labels());
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

	private static @Nullable String text(MapAccessor node, String key) {
		return node.get(key).asString(null);
	}

	private static List<String> list(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	private static @Nullable BigDecimal decimal(Value value) {
		// Rates are stored as doubles; the API hands out exact decimals, 125 rather than 125.0
		if (value.isNull()) {
			return null;
		}
		return new BigDecimal(new BigDecimal(Double.toString(value.asDouble())).stripTrailingZeros().toPlainString());
	}

}
