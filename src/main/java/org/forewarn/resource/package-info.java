/**
 * Emergency resources and their dispatch: supply depots and stock, rescue teams, experts, shelters and vehicles, the
 * nearest available ones to a point, and dispatches from request to return. Uses region, audit and platform; an
 * incident is referred to by a plain id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.forewarn.resource;
