package org.forewarn.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The identity module's query API for other modules: which person an account acts for. */
public interface Accounts {

	/** The organisation person bound to this account ({@code app_user.person_id}), if any. */
	Optional<UUID> personOf(UUID userId);

	/** The persons of the enabled enterprise users bound to this enterprise (Unified Social Credit Code). */
	List<UUID> personsActingFor(String enterpriseUscc);
}
