package org.tariffgraph.benchmarks.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions both Tariff Graph and the Neo4j GraphQL Library can answer, read from the peer's
 * {@code questions.json} (one source for the Java benchmark and the peer's own {@code check.mjs}), and how two
 * answers are compared: the items at a path of each, in order, every nested list sorted, numbers as decimals.
 */
public final class PeerQuestions {

	/** One question in both forms. */
	record PeerQuestion(String name, String tariffGraph, List<String> tariffGraphItems, String peer,
			List<String> peerItems) {

		/** Why the two answers differ, or empty where they give the same items. */
		Optional<String> difference(JsonMapper json, String tariffGraphAnswer, String peerAnswer) {
			String ours = canonical(items(json.readTree(tariffGraphAnswer), this.tariffGraphItems));
			String theirs = canonical(items(json.readTree(peerAnswer), this.peerItems));
			return ours.equals(theirs) ? Optional.empty()
					: Optional.of("Tariff Graph gives " + abbreviate(ours) + ", the peer " + abbreviate(theirs));
		}

	}

	private PeerQuestions() {
	}

	static List<PeerQuestion> read(Path folder, JsonMapper json) throws IOException {
		JsonNode root = json.readTree(Files.readString(folder.resolve("questions.json")));
		List<PeerQuestion> questions = new ArrayList<>();
		for (JsonNode q : root.path("questions")) {
			questions.add(new PeerQuestion(q.path("name").asString(), q.path("tariffGraph").path("query").asString(),
					strings(q.path("tariffGraph").path("items")), q.path("peer").path("query").asString(),
					strings(q.path("peer").path("items"))));
		}
		return questions;
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asString()));
		return strings;
	}

	/** The items at a path: a field name per step, {@code *} for every element of a list. */
	static List<JsonNode> items(JsonNode root, List<String> path) {
		List<JsonNode> current = List.of(root);
		for (String step : path) {
			List<JsonNode> next = new ArrayList<>();
			for (JsonNode node : current) {
				if (step.equals("*")) {
					node.forEach(next::add);
				}
				else {
					next.add(node.path(step));
				}
			}
			current = next;
		}
		List<JsonNode> items = new ArrayList<>();
		for (JsonNode node : current) {
			if (node.isArray()) {
				node.forEach(items::add);
			}
			else if (!node.isNull() && !node.isMissingNode()) {
				items.add(node);
			}
		}
		return items;
	}

	/** The items as text: keys sorted, nested lists sorted, numbers as plain decimals; the items' order kept. */
	static String canonical(List<JsonNode> items) {
		return items.stream().map(PeerQuestions::canonical).toList().toString();
	}

	private static String canonical(JsonNode node) {
		if (node.isObject()) {
			Map<String, String> fields = new TreeMap<>();
			node.properties().forEach(e -> fields.put(e.getKey(), canonical(e.getValue())));
			return fields.toString();
		}
		if (node.isArray()) {
			List<String> elements = new ArrayList<>();
			node.forEach(element -> elements.add(canonical(element)));
			elements.sort(Comparator.naturalOrder());
			return elements.toString();
		}
		if (node.isNumber()) {
			return new BigDecimal(node.asString()).stripTrailingZeros().toPlainString();
		}
		return node.isNull() ? "null" : node.asString();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

}
