package org.forewarn.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity module's query API for other modules: which person an account acts for.
 */
public interface Accounts {

	/**
	 * The organisation person bound to this account ({@code app_user.person_id}), if any.
	 */
	Optional<UUID> personOf(UUID userId);

	/**
	 * The persons of the enabled enterprise users bound to these enterprises (Unified
	 * Social Credit Codes), by code; enterprises without such a user are left out.
	 */
	Map<String, List<UUID>> personsActingFor(Collection<String> enterpriseUsccs);

}
