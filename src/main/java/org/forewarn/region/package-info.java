/**
 * The city's territorial hierarchy (city, district-level area, street, community, grid):
 * codes, names, boundaries and point → area lookup. Uses platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region", allowedDependencies = { "platform" })
package org.forewarn.region;
