package org.tariffgraph.api.graph;

import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectedPathsTest {

	/** The environment of the first root field of {@code query}, as graphql-java hands it to a data fetcher. */
	private static DataFetchingEnvironment rootField(String query) {
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Field root = (Field) operation.getSelectionSet().getSelections().get(0);
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(root).build())
			.fragmentsByName(fragments)
			.build();
	}

	@Test
	void aPathIsSelectedWhereEveryFieldOnItIs() {
		var env = rootField("{ appliedTariffs { layers { rate sources { id } } } }");
		assertThat(SelectedPaths.containsAny(env, "layers/sources")).isTrue();
		assertThat(SelectedPaths.containsAny(env, "layers/rate")).isTrue();
		assertThat(SelectedPaths.containsAny(env, "layers")).isTrue();
	}

	@Test
	void aPathIsNotSelectedWhereAFieldOnItIsMissingOrElsewhere() {
		var env = rootField("{ appliedTariffs { layers { rate } outcomes { layers { sources { id } } } } }");
		assertThat(SelectedPaths.containsAny(env, "layers/sources")).as("sources below outcomes, not below layers").isFalse();
		assertThat(SelectedPaths.containsAny(env, "sources")).isFalse();
		assertThat(SelectedPaths.containsAny(env, "layers/sources", "outcomes/layers/sources")).isTrue();
	}

	@Test
	void fieldsInInlineAndNamedFragmentsCount() {
		var inline = rootField("{ appliedTariffs { ... on AppliedTariffs { layers { ... { sources { id } } } } } }");
		assertThat(SelectedPaths.containsAny(inline, "layers/sources")).isTrue();
		var named = rootField("""
				query { appliedTariffs { ...answer } }
				fragment answer on AppliedTariffs { outcomes { layers { ...withSources } } }
				fragment withSources on TariffLayer { sources { id } }""");
		assertThat(SelectedPaths.containsAny(named, "outcomes/layers/sources")).isTrue();
		assertThat(SelectedPaths.containsAny(named, "layers/sources")).isFalse();
	}

	@Test
	void anAliasSelectsTheFieldItNames() {
		var env = rootField("{ appliedTariffs { steps: layers { cited: sources { id } } } }");
		assertThat(SelectedPaths.containsAny(env, "layers/sources")).isTrue();
		assertThat(SelectedPaths.containsAny(env, "steps/cited")).as("paths name fields, not result keys").isFalse();
	}

}
