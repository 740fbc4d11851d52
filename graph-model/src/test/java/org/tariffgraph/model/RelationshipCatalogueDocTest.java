package org.tariffgraph.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code docs/model.md} shows the relationship catalogue of {@link RelationshipType}, and draws nothing else. */
class RelationshipCatalogueDocTest {

	private static final Pattern EDGE = Pattern.compile("^(\\w+) -- (\\w+) --> (\\w+)");

	private static String doc() throws IOException {
		return Files.readString(Path.of("../docs/model.md"));
	}

	@Test
	void theModelDocumentHoldsTheCatalogueAsTheCodeStatesIt() throws IOException {
		assertThat(doc()).as("docs/model.md must hold RelationshipType.describe() verbatim")
			.contains(RelationshipType.describe());
	}

	@Test
	void everyRelationshipTheDiagramDrawsIsInTheCatalogue() throws IOException {
		long edges = 0;
		for (String line : doc().lines().toList()) {
			// a chain like "A -- R --> B -- S --> C" is read pair by pair
			String rest = line.trim();
			Matcher edge;
			while ((edge = EDGE.matcher(rest)).find()) {
				String from = edge.group(1);
				RelationshipType type = RelationshipType.valueOf(edge.group(2));
				EntityKind to = EntityKind.byLabel(edge.group(3)).orElseThrow(() -> new AssertionError(line));
				if (from.equals(EntityKind.ENTITY_LABEL)) {
					assertThat(type.connects().values()).as(line).allMatch(targets -> targets.contains(to));
				}
				else {
					EntityKind kind = EntityKind.byLabel(from).orElseThrow(() -> new AssertionError(line));
					assertThat(type.targets(kind)).as("the catalogue for %s", line).contains(to);
				}
				edges++;
				rest = rest.substring(rest.indexOf("-->") + 3).trim();
			}
		}
		assertThat(edges).as("edges drawn").isGreaterThan(RelationshipType.values().length);
		assertThat(Arrays.stream(RelationshipType.values())).allMatch(type -> !type.connects().isEmpty());
	}

}
