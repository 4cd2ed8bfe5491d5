package org.forewarn.platform;

/**
 * Something a module wants the operator to read in the start-up report (for example the
 * demo accounts).
 */
public interface StartupNote {

	String text();

}
