package org.forewarn.organisation;

/** The kinds of managed object that have 三防 responsible persons. */
public enum ManagedObjectType {

	/** 水库. */
	RESERVOIR,
	/** 河道. */
	RIVER

}
