package org.tariffgraph.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import graphql.language.Description;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.EventKind;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.LayerRule;
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.ReliefExtent;
import org.tariffgraph.model.OrganisationKind;
import org.tariffgraph.model.StatementKind;
import org.tariffgraph.model.StoredWord;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema's descriptions say what the code says: fields whose values are words of the graph's vocabulary name
 * every word of it, as {@code graph-model} defines them (a word added there and not here would reach clients
 * undescribed), and bounds stated in words are the API's own.
 */
class SchemaVocabularyTest {

	/** Fields holding stored words, by name, with the words each may hold. */
	private static final Map<String, List<String>> WORDS = Map.of(
			"confidence", StoredWord.words(Confidence.class),
			"exemptionKind", StoredWord.words(ExemptionKind.class),
			"layerRule", StoredWord.words(LayerRule.class),
			"rateBase", StoredWord.words(RateBase.class),
			"exceptContent", contents(),
			"content", contents(),
			"reliefExtent", StoredWord.words(ReliefExtent.class),
			"statementKind", StoredWord.words(StatementKind.class),
			"eventKind", StoredWord.words(EventKind.class),
			"organisationKind", StoredWord.words(OrganisationKind.class));

	/** The words of the contents a rate may be charged on: every base but the whole value. */
	private static List<String> contents() {
		return Arrays.stream(RateBase.values()).filter(RateBase::isContent).map(RateBase::value).toList();
	}

	private static TypeDefinitionRegistry schema() throws IOException {
		TypeDefinitionRegistry schema = new TypeDefinitionRegistry();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				schema.merge(new SchemaParser().parse(reader));
			}
		}
		return schema;
	}

	@Test
	void everyFieldOfStoredWordsDescribesEachWordOfTheModel() throws IOException {
		TypeDefinitionRegistry schema = schema();
		List<String> checked = new ArrayList<>();
		for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				List<String> words = WORDS.get(field.getName());
				if (words == null) {
					continue;
				}
				String where = type.getName() + "." + field.getName();
				Description description = field.getDescription();
				assertThat(description).as("the description of %s", where).isNotNull();
				for (String word : words) {
					assertThat(description.getContent()).as("the description of %s names '%s'", where, word)
						.containsPattern("(?<![\\w-])" + word.replace("-", "\\-") + "(?![\\w-])");
				}
				checked.add(where);
			}
		}
		assertThat(checked).as("fields of stored words found in the schema")
			.contains("TariffMeasure.confidence", "TariffMeasure.layerRule", "TariffMeasure.rateBase", "TariffLayer.rateBase",
					"TariffLayer.exceptContent", "ContentCase.content", "Exemption.reliefExtent", "Exemption.exemptionKind",
					"Exemption.confidence", "Event.confidence", "Statement.statementKind", "Event.eventKind",
					"Organisation.organisationKind");
	}

	@Test
	void theLinesOfAnOutcomeStateTheLargestPageThereIs() throws IOException {
		var outcome = schema().getType("TariffOutcome", ObjectTypeDefinition.class).orElseThrow();
		var first = outcome.getFieldDefinitions().stream().filter(f -> f.getName().equals("lines")).findFirst().orElseThrow()
			.getInputValueDefinitions().get(0);
		assertThat(first.getDescription().getContent()).as("the description of TariffOutcome.lines(first)")
			.contains("0 to " + Page.LARGEST);
	}

}
