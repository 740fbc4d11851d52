package org.tariffgraph.api.navigation;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.tariffgraph.model.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every navigation field follows a relationship of the catalogue ({@code RelationshipType}) between kinds it
 * connects, and a field to "any kind" is one whose relationship leads to several.
 */
class HopsCatalogueTest {

	@Test
	void everyNavigationFieldFollowsTheCatalogue() {
		for (Hop hop : Hops.ALL) {
			EntityKind kind = hop.from();
			String where = hop.from().label() + "." + hop.field() + " (" + hop.relationship() + ")";
			if (hop.outgoing()) {
				var targets = hop.relationship().targets(kind);
				if (hop.target() == null) {
					assertThat(targets).as(where + ": any kind").hasSizeGreaterThan(1);
				}
				else {
					assertThat(targets).as(where).contains(hop.target());
				}
			}
			else {
				var from = (hop.target() == null) ? EnumSet.allOf(EntityKind.class) : EnumSet.of(hop.target());
				assertThat(from).as(where).anyMatch(source -> hop.relationship().targets(source).contains(kind));
			}
		}
	}

}
