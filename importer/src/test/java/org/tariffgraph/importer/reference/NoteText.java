package org.tariffgraph.importer.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The US notes to chapter 99 of HTS 2026 Rev. 6 as the shared data holds them, read by line number, the way the lists
 * the project extracts from them are held to the text; and the shipped copies of those lists.
 */
final class NoteText {

	private static final String TEXT = "us-tariff-lines/us-notes/chapter99_2026_rev_6.txt";

	/** A code as the notes write it: a heading, a subheading, an HTS-8 line or a statistical line. */
	static final Pattern CODE = Pattern.compile("\\d{4}(\\.\\d{2}(\\.\\d{2}(\\d{2})?)?)?");

	/** A statistical line as the notes write it, {@code 8517.62.0090}. */
	static final Pattern STAT = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{4}");

	/** The running heads of the pages, which break a list or an item's text. */
	static final Pattern PAGE_HEAD = Pattern.compile("^(Harmonized Tariff|Annotated for|XXII|99 - III|U\\.S\\. Notes).*");

	/** The text, read once for all the tests that hold a list to it (42,000 lines). */
	private static List<String> text;

	private NoteText() {
	}

	/** Lines {@code first} to {@code last} of the text, both counted from 1 and included. */
	static synchronized List<String> lines(int first, int last) throws IOException {
		if (text == null) {
			text = List.copyOf(Files.readAllLines(ReferenceFiles.require(TEXT), StandardCharsets.ISO_8859_1));
		}
		return text.subList(first - 1, last);
	}

	/** Line {@code number} of the text, counted from 1: where a list or an item begins or ends. */
	static String line(int number) throws IOException {
		return lines(number, number).get(0);
	}

	/** Lines {@code first} to {@code last} as one text: stripped, without the pages' heads, joined by spaces. */
	static String prose(int first, int last) throws IOException {
		return String.join(" ", lines(first, last).stream().map(String::strip)
			.filter(line -> !PAGE_HEAD.matcher(line).matches()).toList());
	}

	/** Every statistical line written in a text, without its dots, in order. */
	static List<String> statisticalLines(String words) {
		return STAT.matcher(words).results().map(found -> found.group().replace(".", "")).toList();
	}

	/**
	 * Every code of a list in lines {@code first} to {@code last}, in order, without its dots. A line of a list is one
	 * of codes alone, like {@code 8112.99.10  8112.99.91  8471}; the pages' headings between them hold other words,
	 * but for the words {@code U.S. Notes (con.)} that a page's first line of codes can follow.
	 */
	static List<String> listedCodes(int first, int last) throws IOException {
		List<String> codes = new ArrayList<>();
		for (String line : lines(first, last)) {
			List<String> tokens = List.of(line.strip().replaceFirst("^U\\.S\\. Notes \\(con\\.\\)", "").strip().split("\\s+"));
			if (!line.isBlank() && tokens.stream().allMatch(token -> CODE.matcher(token).matches())) {
				tokens.forEach(token -> codes.add(token.replace(".", "")));
			}
		}
		return codes;
	}

	/** The non-blank lines of a shipped list. */
	static List<String> shipped(String name) throws IOException {
		return read(ReferenceFile.shipped("/reference/us-tariff-lines/" + name));
	}

	/** The non-blank lines of a file of the tracker's resources, stripped. */
	static List<String> tracker(String name) throws IOException {
		return read(ReferenceFile.of(ReferenceFiles.require("us-tariff-lines/resources/" + name)));
	}

	/** The non-blank lines of a list file, stripped. */
	static List<String> read(ReferenceFile file) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(file.reader())) {
			in.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		}
		return lines;
	}

}
