package org.tariffgraph.importer.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tariffgraph.model.IndustryCode;

/**
 * Decides, for every concordance row, which Good→Industry link it makes. The concordance is of an older
 * NAICS vintage than 2022: a code NAICS 2022 lacks is mapped to its nearest ancestor that exists (the link
 * keeps the original code and says so). Every row lands in exactly one of the counted outcomes.
 */
public final class ConcordanceResolution {

	/** A link to write. {@code mapping} is {@code exact} or {@code ancestor}. */
	public record Link(String hs, String naics, String original, String mapping) {
	}

	private final List<Link> links = new ArrayList<>();

	private int exact;

	private int ancestor;

	private int noIndustry;

	private int unknownGood;

	private int unresolved;

	private int repeated;

	private final int total;

	public ConcordanceResolution(List<ReferenceReader.ConcordanceRow> rows, Set<String> goods, Set<String> industries) {
		this.total = rows.size();
		Map<String, String> sectorKey = new HashMap<>();
		for (String code : industries) {
			if (IndustryCode.isSectorRange(code)) {
				IndustryCode.sectors(code).forEach(sector -> sectorKey.put(sector, code));
			}
			else {
				sectorKey.putIfAbsent(code, code);
			}
		}
		Set<String> made = new HashSet<>();
		for (ReferenceReader.ConcordanceRow row : rows) {
			if (row.naicsCodes().isEmpty()) {
				this.noIndustry++;
				continue;
			}
			if (!goods.contains(row.hs6())) {
				this.unknownGood++;
				continue;
			}
			String target = null;
			for (String code : row.naicsCodes()) {
				String key = industries.contains(code) ? code : (code.length() == 2) ? sectorKey.get(code) : null;
				if (key != null) {
					target = key;
					break;
				}
			}
			if (target == null) {
				this.unresolved++;
				continue;
			}
			String original = row.naicsCodes().get(0);
			if (!made.add(row.hs6() + ">" + target)) {
				this.repeated++;
				continue;
			}
			boolean isExact = target.equals(original);
			if (isExact) {
				this.exact++;
			}
			else {
				this.ancestor++;
			}
			this.links.add(new Link(row.hs6(), target, original, isExact ? "exact" : "ancestor"));
		}
	}

	public List<Link> links() {
		return List.copyOf(this.links);
	}

	public int ancestorMapped() {
		return this.ancestor;
	}

	/** One line that accounts for every row of the file. */
	public String describe(String file) {
		return ("%s: %d rows = %d linked to their NAICS 2022 code + %d older-vintage codes mapped to the nearest "
				+ "NAICS 2022 ancestor (flagged mapping='ancestor') + %d without a NAICS code + %d HS codes not in the "
				+ "nomenclature + %d with no NAICS 2022 code at any level + %d repeating a link already made")
			.formatted(file, this.total, this.exact, this.ancestor, this.noIndustry, this.unknownGood, this.unresolved,
					this.repeated);
	}

	/** Whether the counted outcomes add up to the rows read: a check that no row went uncounted. */
	public boolean accountsForEveryRow() {
		return this.exact + this.ancestor + this.noIndustry + this.unknownGood + this.unresolved
				+ this.repeated == this.total;
	}

}
