package org.tariffgraph.model.read;

/**
 * An HS 2022 chapter, heading or subheading, or a US national tariff line (HTS-8, HTS-10) below them.
 * @param listedOnly whether it is known only from a product list (a line of another HTS revision)
 */
public record Good(String uid, String hsCode, int level, String name, String description, String section,
		boolean listedOnly) implements GraphEntity {

	@Override
	public String displayName() {
		return (this.name != null) ? this.name : this.description;
	}

}
