package org.tariffgraph.model.read;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.tariffgraph.model.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reads only the node properties a request selects ({@link Entities#property},
 * {@link Entities#displayProperties}); an entity made from just those must answer as one made from the whole node.
 */
class EntitiesTest {

	/** Every property a kind's record is read from, each with a value of its type. */
	private static Map<String, Object> allProperties(EntityKind kind) {
		Map<String, Object> properties = new HashMap<>();
		for (RecordComponent component : Entities.type(kind).getRecordComponents()) {
			Class<?> type = component.getType();
			Object value = (type == String.class) ? component.getName() + " text"
					: (type == LocalDate.class) ? LocalDate.of(2025, 4, 10)
					: (type == BigDecimal.class) ? 125.0
					: (type == boolean.class) ? true
					: (type == int.class) ? 6 : List.of("an alias");
			properties.put(Entities.property(kind, component.getName()), value);
		}
		return properties;
	}

	private static Value only(Map<String, Object> all, List<String> keys) {
		Map<String, Object> some = new HashMap<>();
		keys.forEach(key -> some.put(key, all.get(key)));
		some.put("uid", all.get("uid"));
		return Values.value(some);
	}

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void theDisplayNameNeedsOnlyItsDisplayProperties(EntityKind kind) {
		Map<String, Object> all = allProperties(kind);
		String whole = Entities.of(kind, Values.value(all)).displayName();
		assertThat(Entities.of(kind, only(all, Entities.displayProperties(kind))).displayName())
			.as("the display name of a %s from %s alone", kind, Entities.displayProperties(kind))
			.isEqualTo(whole)
			.isNotNull();
	}

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void everyComponentIsReadFromItsOwnProperty(EntityKind kind) throws ReflectiveOperationException {
		Map<String, Object> all = allProperties(kind);
		GraphEntity whole = Entities.of(kind, Values.value(all));
		for (RecordComponent component : Entities.type(kind).getRecordComponents()) {
			GraphEntity part = Entities.of(kind, only(all, List.of(Entities.property(kind, component.getName()))));
			assertThat(component.getAccessor().invoke(part))
				.as("%s.%s read from property %s alone", kind, component.getName(),
						Entities.property(kind, component.getName()))
				.isEqualTo(component.getAccessor().invoke(whole));
		}
	}

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void listsAreOrderedByTheKindsDateUndatedLastThenByUid(EntityKind kind) {
		GraphEntity later = dated(kind, "a", LocalDate.of(2025, 2, 1));
		GraphEntity earlierB = dated(kind, "b", LocalDate.of(2025, 1, 1));
		GraphEntity earlierC = dated(kind, "c", LocalDate.of(2025, 1, 1));
		GraphEntity undated = dated(kind, "0", null);
		List<GraphEntity> listed = List.of(undated, earlierC, later, earlierB).stream().sorted(ListedOrder.LISTED).toList();
		List<GraphEntity> expected = kind.dateProperty().isPresent() ? List.of(earlierB, earlierC, later, undated)
				: List.of(undated, later, earlierB, earlierC);
		assertThat(listed).as("%s listed by %s, then uid", kind, kind.dateProperty().orElse("uid alone"))
			.containsExactlyElementsOf(expected);
		assertThat(List.of(undated, earlierC, later, earlierB).stream().sorted(ListedOrder.listed(kind)).toList())
			.as("a list of %s entities in the order of its kind", kind)
			.containsExactlyElementsOf(expected);
	}

	@ParameterizedTest
	@EnumSource(EntityKind.class)
	void aProjectionWithoutItsUidHasTheUidItsKeyMakes(EntityKind kind) {
		Map<String, Object> keyOnly = Map.of(kind.keyProperty(), "K1");
		assertThat(Entities.of(kind, Values.value(keyOnly)).uid()).as("the uid of a %s read by its key", kind)
			.isEqualTo(kind.uid("K1"));
		Map<String, Object> both = Map.of(kind.keyProperty(), "K1", "uid", kind.uid("stored"));
		assertThat(Entities.of(kind, Values.value(both)).uid()).as("a uid read is taken as stored").isEqualTo(kind.uid("stored"));
	}

	/** An entity of a kind with a uid ending in {@code key} and, where the kind has a date, that date. */
	private static GraphEntity dated(EntityKind kind, String key, @Nullable LocalDate date) {
		Map<String, Object> properties = allProperties(kind);
		properties.put("uid", kind.uid(key));
		kind.dateProperty().ifPresent(property -> properties.put(property, date));
		return Entities.of(kind, Values.value(properties));
	}

}
