package org.forewarn.enterprise;

/**
 * Links facts of other modules to an enterprise: inspections, enforcement cases, accident
 * investigations, incidents. They appear on the enterprise's profile and timeline, and
 * the risk score is recalculated from them.
 */
public interface EnterpriseRecords {

	/**
	 * Records a fact, or updates the fact with the same {@link EnterpriseFact#kind()} and
	 * {@link EnterpriseFact#reference()}. Joins the caller's transaction, so the fact and
	 * the change it records commit together.
	 * @throws UnknownEnterprise when no enterprise has the fact's USCC
	 */
	void record(EnterpriseFact fact);

}
