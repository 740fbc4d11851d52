package org.tariffgraph.benchmarks.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The four questions of the benchmark, with parameters picked from the graph the same way every run; and
 * first a floor, a request that reads nothing against {@code RETURN 1}, which shows what HTTP and GraphQL
 * cost on their own. Each baseline is the Cypher a careful hand would write for the answer, using the indexes the
 * API's query uses. The applied tariff's is {@link HandStacking}, which stacks every line's layers as the API does;
 * it, the exemption's industries and the 100 measures are compared with the API's answer before anything is timed. The first 100
 * measures are read from the index on {@code (inForceFrom, id)}, as the API reads them, with the measures without a
 * date after them where the dated ones do not fill the page.
 */
final class Questions {

	private Questions() {
	}

	/** Whether both give the same industries, each with its title, shortest path and the exemption's sources. */
	static Optional<String> sameIndustries(JsonNode api, List<Record> cypher) {
		Set<String> byApi = new TreeSet<>();
		for (JsonNode reached : api.path("data").path("exemption").path("industriesReached")) {
			byApi.add(industry(reached.path("industry").path("naicsCode").asString(),
					reached.path("industry").path("title").asString(), reached.path("path").path("length").asInt(),
					texts(reached.path("sources"), "id")));
		}
		Set<String> byCypher = new TreeSet<>();
		cypher.forEach(r -> byCypher.add(industry(r.get("naicsCode").asString(), r.get("title").asString(),
				r.get("length").asInt(), r.get("sources").asList(Value::asString))));
		return Question.SameAnswer.unlessEqual(byApi, byCypher);
	}

	/**
	 * Whether both give the same measures in the same order, each with its rate, country, countries, goods and
	 * sources, every list in the order the API gives it (by uid, sources by date of publication, the undated last):
	 * the API orders every list, so the baseline orders them too, for the same answer.
	 */
	static Optional<String> sameMeasures(JsonNode api, List<Record> cypher) {
		List<String> byApi = new ArrayList<>();
		for (JsonNode edge : api.path("data").path("measures").path("edges")) {
			JsonNode m = edge.path("node");
			byApi.add(measure(m.path("id").asString(), HandStacking.decimal(m.path("rate")),
					m.path("imposedBy").isNull() ? List.of() : List.of(m.path("imposedBy").path("name").asString()),
					texts(m.path("appliesTo"), "iso2"), texts(m.path("goods"), "hsCode"), texts(m.path("sources"), "id")));
		}
		List<String> byCypher = new ArrayList<>();
		cypher.forEach(r -> byCypher.add(measure(r.get("id").asString(),
				HandStacking.decimal(r.get("rate")),
				r.get("imposedBy").asList(Value::asString), r.get("appliesTo").asList(Value::asString),
				r.get("goods").asList(Value::asString), r.get("sources").asList(Value::asString))));
		return Question.SameAnswer.unlessEqual(byApi, byCypher);
	}

	private static List<String> texts(JsonNode items, String field) {
		List<String> texts = new ArrayList<>();
		items.forEach(item -> texts.add(item.path(field).asString()));
		return texts;
	}

	private static String measure(String id, String rate, List<String> imposedBy, List<String> appliesTo,
			List<String> goods, List<String> sources) {
		return id + " at " + rate + " by " + imposedBy
				+ " on " + appliesTo + " for " + goods + " from " + sources;
	}

	private static String industry(String naicsCode, String title, int length, List<String> sources) {
		return naicsCode + " " + title + " at " + length + " from " + sources.stream().sorted().toList();
	}

	static List<Question> pick(Driver driver) {
		String exemption = driver.executableQuery("""
				MATCH (e:Exemption)
				RETURN e.id AS id
				ORDER BY EXISTS { (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry) } DESC, e.id
				LIMIT 1""").execute().records().get(0).get("id").asString();
		var applied = driver.executableQuery("""
				MATCH (m:TariffMeasure)-[:COVERS]->(g:Good), (m)-[:IMPOSED_BY]->(d:Country), (m)-[:APPLIES_TO]->(o:Country)
				RETURN g.hsCode AS hs, o.iso2 AS origin, d.iso2 AS destination, m.inForceFrom AS date
				ORDER BY m.id LIMIT 1""").execute().records().get(0);
		String hs = applied.get("hs").asString();
		String origin = applied.get("origin").asString();
		String destination = applied.get("destination").asString();
		String date = applied.get("date").asLocalDate().toString();
		Map<String, Object> appliedVariables = Map.of("hs", hs, "origin", origin, "destination", destination, "date", date);
		return List.of(
				new Question("floor: a request that reads nothing", "query { apiVersion }", Map.of(), "RETURN 1", Map.of()),
				new Question("exemption → sectors", """
						query($id: ID!) { exemption(id: $id) {
						  industriesReached { industry { naicsCode title } path { length } sources { id } } } }""",
						Map.of("id", exemption), """
						MATCH (e:Exemption {id: $id})
						CALL (e) {
						  MATCH p = (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
						  RETURN i, p
						  UNION
						  MATCH p = (e)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
						  RETURN i, p
						}
						WITH i, min(length(p)) AS length, [(e)-[:SOURCED_BY]->(s:Source) | s.id] AS sources
						RETURN i.naicsCode AS naicsCode, i.title AS title, length, sources ORDER BY i.naicsCode""",
						Map.of("id", exemption), Questions::sameIndustries),
				new Question("applied tariff on a date, with layers", """
						query($hs: String!, $origin: String!, $destination: String!, $date: Date!) {
						  appliedTariffs(hsCode: $hs, origin: $origin, destination: $destination, date: $date) {
						    totalRate layers { layer rate applies measure { id } exemptedBy { id } sources { id } } } }""",
						appliedVariables, HandStacking.CYPHER, HandStacking.params(hs, origin, destination, date, true),
						HandStacking::difference),
				new Question("full-text search", """
						query { search(text: "tariffs duties", first: 20) { score entity { uid kind displayName } } }""",
						Map.of(), """
						CALL db.index.fulltext.queryNodes('entity_search', 'tariffs duties', {limit: 20}) YIELD node, score
						RETURN node.uid, labels(node), coalesce(node.name, node.title, node.text), score
						ORDER BY score DESC, node.uid""", Map.of()),
				new Question("100 measures with country, goods, sources", """
						query { measures(first: 100) { edges { node {
						  id rate imposedBy { name } appliesTo { iso2 } goods { hsCode } sources { id } } } } }""",
						Map.of(), """
						CALL () {
						  MATCH (m:TariffMeasure) WHERE m.inForceFrom IS NOT NULL AND m.id IS NOT NULL
						  WITH m ORDER BY m.inForceFrom, m.id LIMIT 100
						  RETURN collect(m) AS dated
						}
						CALL (dated) {
						  WITH dated WHERE size(dated) < 100
						  CALL () {
						    MATCH (m:TariffMeasure) WHERE m.inForceFrom IS NULL
						    WITH m ORDER BY m.id LIMIT 100
						    RETURN collect(m) AS part
						  }
						  RETURN part AS undated
						  UNION ALL
						  WITH dated WHERE size(dated) >= 100
						  RETURN [] AS undated
						}
						UNWIND (dated + undated)[..100] AS m
						RETURN m.id AS id, m.rate AS rate, [(m)-[:IMPOSED_BY]->(c) | c.name] AS imposedBy,
						  COLLECT { MATCH (m)-[:APPLIES_TO]->(c:Country) RETURN c.iso2 ORDER BY c.uid } AS appliesTo,
						  COLLECT { MATCH (m)-[:COVERS]->(g:Good) RETURN g.hsCode ORDER BY g.uid } AS goods,
						  COLLECT { MATCH (m)-[:SOURCED_BY]->(s:Source) RETURN s.id ORDER BY s.published, s.uid } AS sources""",
						Map.of(), Questions::sameMeasures));
	}

}
