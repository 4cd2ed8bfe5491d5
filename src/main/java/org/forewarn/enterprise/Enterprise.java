package org.forewarn.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An enterprise 生产经营单位 of the registry, as this module keeps it: identity, where it is
 * (and so whose territory it is in), who regulates it, how big and how dangerous its
 * business is, whom to call, and its current risk.
 */
record Enterprise(Uscc uscc, String name, String industryCode, String address, Double latitude, Double longitude,
		String districtCode, String streetCode, String communityCode, String gridCode, Scale scale,
		Set<KeyCategory> keyCategories, List<String> regulatorCodes, List<EnterpriseContact> contacts, int riskScore,
		String riskLevel, String publicCode, Instant createdAt, String createdBy, int version) {

	/** A person to call at the enterprise (法定代表人, 安全负责人, 安全管理员 …). */
	record EnterpriseContact(String name, String role, String phone) {

		/**
		 * The contact with the middle of the phone number hidden, for lists and other
		 * modules.
		 */
		EnterpriseContact masked() {
			return new EnterpriseContact(name, role, mask(phone));
		}

		static String mask(String phone) {
			if (phone == null || phone.length() < 7) {
				return phone == null ? null : "****";
			}
			return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
		}
	}

	String code() {
		return uscc.value();
	}
}
