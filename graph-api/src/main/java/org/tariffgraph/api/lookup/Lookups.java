package org.tariffgraph.api.lookup;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import static org.tariffgraph.model.EntityKind.EVENT;
import static org.tariffgraph.model.EntityKind.EXEMPTION;
import static org.tariffgraph.model.EntityKind.INDICATOR;
import static org.tariffgraph.model.EntityKind.MEASURE;
import static org.tariffgraph.model.EntityKind.OFFICIAL;
import static org.tariffgraph.model.EntityKind.ORGANISATION;
import static org.tariffgraph.model.EntityKind.SOURCE;
import static org.tariffgraph.model.EntityKind.STATEMENT;

/**
 * The root fields that find one entity of a kind by its key ({@code event(id:)}) or list every entity of a kind
 * ({@code events}), as one table: the label and the key come from {@link EntityKind}, and each field is answered
 * by one query built from its selection ({@link SelectedEntities}). The lists that take filters or pages
 * (measures, exemptions, statements, goods) and the lookups that read their key ({@code good(hsCode:)},
 * {@code country(code:)}) are their controllers'.
 */
@Configuration(proxyBeanMethods = false)
class Lookups {

	/**
	 * A root field: one entity of {@code kind} by its key, given as the argument {@code id}, where
	 * {@code orderBy} is null; else all of them in that order.
	 */
	record Lookup(String field, EntityKind kind, @Nullable String orderBy) {

		static Lookup byKey(String field, EntityKind kind) {
			return new Lookup(field, kind, null);
		}

		static Lookup all(String field, EntityKind kind, String orderBy) {
			return new Lookup(field, kind, orderBy);
		}

		/**
		 * The match: the label and key are the vocabulary's ({@link EntityKind}), never input; the key's value
		 * is a parameter.
		 */
		String match() {
			return (this.orderBy == null) ? "MATCH (n:%s {%s: $key})".formatted(this.kind.label(), this.kind.keyProperty())
					: "MATCH (n:%s)".formatted(this.kind.label());
		}

	}

	static final List<Lookup> TABLE = List.of(Lookup.byKey("event", EVENT), Lookup.all("events", EVENT, "n.date, n.id"),
			Lookup.byKey("indicator", INDICATOR), Lookup.all("indicators", INDICATOR, "n.date, n.id"),
			Lookup.byKey("official", OFFICIAL), Lookup.all("officials", OFFICIAL, "n.name"),
			Lookup.byKey("organisation", ORGANISATION), Lookup.all("organisations", ORGANISATION, "n.name"),
			Lookup.byKey("source", SOURCE), Lookup.byKey("measure", MEASURE), Lookup.byKey("exemption", EXEMPTION),
			Lookup.byKey("statement", STATEMENT));

	@Bean
	RuntimeWiringConfigurer lookupFields(SelectedEntities entities) {
		return wiring -> wiring.type("Query", builder -> {
			TABLE.forEach(lookup -> builder.dataFetcher(lookup.field(), fetcher(lookup, entities)));
			return builder;
		});
	}

	private static DataFetcher<Object> fetcher(Lookup lookup, SelectedEntities entities) {
		String match = lookup.match();
		var type = Entities.type(lookup.kind());
		if (lookup.orderBy() == null) {
			return env -> entities.one(match, "n", Map.of("key", env.getArgument("id")), type, env);
		}
		return env -> entities.list(match, "n", lookup.orderBy(), Map.of(), type, env);
	}

}
