package org.tariffgraph.model.read;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.tariffgraph.model.EntityKind;

/** Maps Neo4j nodes to entities by their kind's label. */
public final class Entities {

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
					node.get("suspendedFrom").asLocalDate(null), text(node, "layerRule"), text(node, "rateBase"));
			case EXEMPTION -> new Exemption(uid, text(node, "id"), text(node, "title"), text(node, "kind"),
					node.get("announced").asLocalDate(null), node.get("inForceFrom").asLocalDate(null),
					node.get("inForceUntil").asLocalDate(null), text(node, "confidence"), text(node, "description"),
					text(node, "chapter99"), text(node, "reliefExtent"));
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
