package org.tariffgraph.model.read;

/** A NAICS 2022 industry at any level. */
public record Industry(String uid, String naicsCode, int level, String title) implements GraphEntity {

	@Override
	public String displayName() {
		return this.title;
	}

}
