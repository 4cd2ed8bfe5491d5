package org.forewarn.hazard;

import java.util.Collection;
import java.util.List;

/**
 * Which disposal order a {@link HazardSignal} became, for the module that sent it (the
 * enforcement module shows the order codes of an inspection's findings). A signal not yet
 * taken in (the intake runs after the sender's commit) or rejected has no entry.
 */
public interface SignalledOrders {

	/**
	 * The order each of these signals landed in (a duplicate lands in the open order it
	 * was linked to).
	 */
	List<SignalledOrder> ordersOf(Channel channel, Collection<String> externalIds);

	/**
	 * @param status the order's status name, e.g. {@code DISPATCHED}, {@code CLOSED}
	 */
	record SignalledOrder(String externalId, String orderCode, String status) {
	}

}
