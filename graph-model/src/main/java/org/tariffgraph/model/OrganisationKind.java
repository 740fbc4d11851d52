package org.tariffgraph.model;

/** What kind of body an organisation is. */
public enum OrganisationKind implements StoredWord {

	/** A government or one of its ministries. */
	GOVERNMENT,
	/** A public agency, such as a customs or trade authority. */
	AGENCY,
	/** A court. */
	COURT,
	/** A broadcaster. */
	BROADCASTER,
	/** An account on a social network that speaks for someone. */
	MEDIA_ACCOUNT,
	/** A news outlet. */
	NEWS,
	/** A company. */
	COMPANY,
	/** An industry or trade association. */
	ASSOCIATION

}
