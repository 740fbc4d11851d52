package org.tariffgraph.model.read;

/** An HS 2022 chapter, heading or subheading. */
public record Good(String uid, String hsCode, int level, String name, String description, String section)
		implements GraphEntity {

	@Override
	public String displayName() {
		return (this.name != null) ? this.name : this.description;
	}

}
