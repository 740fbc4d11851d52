package org.tariffgraph.api.limits;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SchemaInspectionTest {

	private static GraphQlSource.SchemaResourceBuilder builder(String schema) {
		var builder = GraphQlSource.schemaResourceBuilder().schemaResources(new ByteArrayResource(schema.getBytes()));
		new RequestLimits().failOnUnmappedSchema().customize(builder);
		return builder;
	}

	@Test
	void aSchemaFieldWithoutADataFetcherStopsTheApiFromStarting() {
		assertThatIllegalStateException().isThrownBy(() -> builder("type Query { unmapped: String }").build())
			.withMessageContaining("fields without data fetchers")
			.withMessageContaining("Query=[unmapped]");
	}

	@Test
	void aFullyMappedSchemaStarts() {
		var builder = builder("type Query { mapped: String }")
			.configureRuntimeWiring(wiring -> wiring.type("Query", t -> t.dataFetcher("mapped", env -> "x")));
		assertThatNoException().isThrownBy(builder::build);
	}

}
