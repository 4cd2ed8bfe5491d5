package org.forewarn.hazard;

import java.util.LinkedHashSet;
import java.util.Set;

import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see an order and make which move. Three kinds of people work on an order:
 * <ul>
 * <li>the <b>dispatcher</b>: a duty officer whose jurisdiction contains the order's
 * territory (city, district or street duty office) — dispatches, re-routes, reviews;</li>
 * <li>the <b>department</b>: a handler of the responsible member unit — accepts, returns,
 * verifies, rectifies;</li>
 * <li>the <b>territory</b> 属地: grid workers, inspectors and duty officers whose area
 * contains the order — verify on site and report rectification.</li>
 * </ul>
 * Reviewing is four-eyes: whoever submitted the rectification cannot approve it.
 * Supervision comes from above the street: a district or city duty officer or commander.
 */
@Component
class OrderPolicy {

	private final Regions regions;

	OrderPolicy(Regions regions) {
		this.regions = regions;
	}

	String city() {
		return regions.city().code();
	}

	/**
	 * Whether the actor may read the order at all (reporters see their own reports
	 * through the report).
	 */
	boolean canSee(Actor actor, DisposalOrder order) {
		return regional(actor) && within(actor, order) || department(actor, order);
	}

	void checkVisible(Actor actor, DisposalOrder order) {
		if (!canSee(actor, order)) {
			throw new OutsideJurisdiction("disposal order " + order.code());
		}
	}

	/**
	 * Checks that the actor may make {@code action} on the order; 403 (audited)
	 * otherwise.
	 */
	void check(String action, Actor actor, DisposalOrder order) {
		checkVisible(actor, order);
		if (!may(action, actor, order)) {
			throw new AccessDeniedException(
					"'" + action + "' on order " + order.code() + " is not yours to do: " + who(action) + ".");
		}
	}

	/**
	 * The moves the actor may make on the order in its current status (the console shows
	 * these as buttons).
	 */
	Set<String> allowedActions(Actor actor, DisposalOrder order) {
		Set<String> allowed = new LinkedHashSet<>();
		for (String action : new String[] { "accept", "return", "verify", "rectify", "submit", "approve", "reject",
				"reassign", "supervise" }) {
			if (possibleIn(action, order.status()) && may(action, actor, order)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	boolean may(String action, Actor actor, DisposalOrder order) {
		return switch (action) {
			case "accept", "return" -> department(actor, order);
			case "verify", "rectify", "submit" -> department(actor, order) || territory(actor, order);
			case "approve", "reject" -> dispatcher(actor, order) && !actor.id().equals(order.lastSubmittedBy());
			case "reassign" -> dispatcher(actor, order);
			case "supervise" -> (actor.has(Role.DUTY_OFFICER) || actor.has(Role.COMMANDER)) && above(actor, order);
			default -> false;
		};
	}

	private static boolean possibleIn(String action, OrderStatus status) {
		return switch (action) {
			case "accept" -> status == OrderStatus.DISPATCHED;
			case "return" -> status == OrderStatus.DISPATCHED || status == OrderStatus.VERIFYING;
			case "verify" -> status == OrderStatus.VERIFYING;
			case "rectify", "submit" -> status == OrderStatus.RECTIFYING;
			case "approve", "reject" -> status == OrderStatus.REVIEW;
			case "reassign" -> status != OrderStatus.REVIEW && status != OrderStatus.CLOSED;
			case "supervise" -> status.open();
			default -> false;
		};
	}

	private static String who(String action) {
		return switch (action) {
			case "accept", "return" -> "only the responsible department's handlers";
			case "verify", "rectify", "submit" ->
				"the responsible department or the territory's grid workers, inspectors and duty officers";
			case "approve", "reject" -> "a duty officer of the territory who did not submit the rectification";
			case "reassign" -> "a duty officer (dispatcher) of the territory";
			case "supervise" -> "a district or city duty officer or commander above the order's street";
			default -> "nobody";
		};
	}

	/**
	 * Staff who see the orders of their area (as opposed to a department's handlers, who
	 * see their unit's).
	 */
	static boolean regional(Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.DUTY_OFFICER) || actor.has(Role.ANALYST)
				|| actor.has(Role.COMMANDER) || actor.has(Role.GRID_WORKER) || actor.has(Role.INSPECTOR);
	}

	boolean within(Actor actor, DisposalOrder order) {
		return actor.regionCode() != null && order.location().within(actor.regionCode(), city());
	}

	private boolean dispatcher(Actor actor, DisposalOrder order) {
		return actor.has(Role.DUTY_OFFICER) && within(actor, order);
	}

	private static boolean department(Actor actor, DisposalOrder order) {
		return actor.has(Role.HANDLER) && actor.departmentCode() != null
				&& actor.departmentCode().equals(order.departmentCode());
	}

	private boolean territory(Actor actor, DisposalOrder order) {
		return (actor.has(Role.GRID_WORKER) || actor.has(Role.INSPECTOR) || actor.has(Role.DUTY_OFFICER))
				&& within(actor, order);
	}

	/** The actor's area strictly contains the order's street: district or city level. */
	private boolean above(Actor actor, DisposalOrder order) {
		String region = actor.regionCode();
		return region != null && (region.equals(city()) || region.equals(order.location().districtCode()))
				&& !region.equals(order.location().streetCode());
	}

	/**
	 * Where a yellow flag is announced: the district above the order's street (the city
	 * when it has none).
	 */
	String yellowNotifies(DisposalOrder order) {
		String district = order.location().districtCode();
		return district != null ? district : city();
	}

	/** Where a red flag (and a superior's supervision) is announced: the city. */
	String redNotifies(DisposalOrder order) {
		return city();
	}

}
