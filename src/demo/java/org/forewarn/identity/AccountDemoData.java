package org.forewarn.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts (demo mode only), one per kind of user the acceptance checks need.
 * All share {@link DemoMode#DEMO_PASSWORD}; each is bound to the person of the same name
 * in the organisation module's demo data (fixed id
 * {@code nameUUID("person:" + username)}). Inserting is idempotent: a restart adds
 * nothing.
 */
@Component
@Order(60)
class AccountDemoData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

	/**
	 * The Futian grid worker's grid: the first grid of Futian, found through the region
	 * module.
	 */
	static final String SHENZHEN = "440300";
	static final String FUTIAN = "440304";
	static final String NANSHAN = "440305";
	static final String LUOHU = "440303";
	static final String FUBAO = "440304010";

	/**
	 * The demo video-analytics gateway's API key (demo mode only: a known secret is no
	 * secret).
	 */
	static final String DEMO_API_KEY_NAME = "video-gateway-demo";
	static final String DEMO_API_KEY = "fwk_demo_video_analytics_2026";

	/**
	 * The demo enterprise in Futian the {@code enterprise.demo} account acts for (the
	 * enterprise module's demo data).
	 */
	static final String DEMO_ENTERPRISE_USCC = "91440304MA5FDE0M9C";

	record Account(String username, String displayName, Set<Role> roles, String regionCode, String departmentCode,
			String description, String enterpriseUscc) {

		Account(String username, String displayName, Set<Role> roles, String regionCode, String departmentCode,
				String description) {
			this(username, displayName, roles, regionCode, departmentCode, description, null);
		}
	}

	private final DemoMode demo;

	private final Users users;

	private final Regions regions;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AuditTrail audit;

	private List<Account> accounts = List.of();

	private final ApiKeys apiKeys;

	AccountDemoData(ApiKeys apiKeys, DemoMode demo, Users users, Regions regions, PasswordEncoder passwords,
			TransactionTemplate transactions, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.apiKeys = apiKeys;
		this.demo = demo;
		this.users = users;
		this.regions = regions;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
	}

	List<Account> accounts() {
		String city = regions.city().code();
		List<Account> list = new ArrayList<>();
		list.add(new Account("admin", "系统管理员", EnumSet.of(Role.ADMIN), city, null, "system administrator, whole city"));
		list.add(new Account("duty.city", "市值班员", EnumSet.of(Role.DUTY_OFFICER, Role.COMMANDER), city, city + "-YJ",
				"city duty officer (city command centre)"));
		// a second officer at each level, so that four eyes (one drafts, another
		// approves) work out of the box
		list.add(new Account("duty.city2", "市副值班员", EnumSet.of(Role.DUTY_OFFICER, Role.COMMANDER), city, city + "-YJ",
				"second city duty officer (city command centre)"));
		if (!SHENZHEN.equals(city)) {
			return list; // the district, grid and reservoir accounts below are Shenzhen's
		}
		String futianGrid = regions.descendants(FUTIAN, RegionLevel.GRID)
			.stream()
			.findFirst()
			.map(RegionSummary::code)
			.orElse(FUTIAN);
		list.add(new Account("duty.futian", "福田区值班员", EnumSet.of(Role.DUTY_OFFICER), FUTIAN, null,
				"Futian district duty officer"));
		list.add(new Account("duty.futian2", "福田区副值班员", EnumSet.of(Role.DUTY_OFFICER), FUTIAN, null,
				"second Futian district duty officer"));
		list.add(new Account("duty.nanshan", "南山区值班员", EnumSet.of(Role.DUTY_OFFICER), NANSHAN, null,
				"Nanshan district duty officer"));
		list.add(new Account("handler.housing", "市住房建设局经办人", EnumSet.of(Role.HANDLER), city, city + "-ZJ",
				"member-unit handler, city housing & construction bureau"));
		list.add(new Account("grid.futian", "福田区网格员", EnumSet.of(Role.GRID_WORKER), futianGrid, null,
				"street grid worker, grid " + futianGrid));
		list.add(new Account("handler.gas.futian", "福田区燃气办经办人", EnumSet.of(Role.HANDLER), FUTIAN, FUTIAN + "-RQ",
				"member-unit handler, Futian gas safety office"));
		list.add(new Account("street.fubao", "福保街道值班员", EnumSet.of(Role.DUTY_OFFICER), FUBAO, null,
				"street duty officer of 福保街道 (dispatch and review)"));
		list.add(new Account("reservoir.person", "深圳水库行政责任人", EnumSet.of(Role.RESPONSIBLE_PERSON), LUOHU, null,
				"administrative responsible person of 深圳水库"));
		list.add(new Account("enterprise.demo", "示范企业安全员", EnumSet.of(Role.ENTERPRISE), FUTIAN, null,
				"enterprise user of 深圳市福田示范科技有限公司 (" + DEMO_ENTERPRISE_USCC + ")", DEMO_ENTERPRISE_USCC));
		list.add(new Account("inspector.futian", "福田区应急局执法员", EnumSet.of(Role.INSPECTOR), FUTIAN, FUTIAN + "-YJ",
				"inspector of the Futian emergency management bureau (inspections, enforcement cases)"));
		list.add(new Account("inspector.nanshan", "南山区应急局执法员", EnumSet.of(Role.INSPECTOR), NANSHAN, NANSHAN + "-YJ",
				"inspector of the Nanshan emergency management bureau"));
		return list;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		accounts = accounts();
		int created = transactions.execute(status -> {
			int n = 0;
			for (Account account : accounts) {
				if (users.byUsername(account.username()).isPresent()) {
					continue; // bcrypt is deliberately slow: don't hash for accounts that
								// exist
				}
				User user = new User(
						UUID.nameUUIDFromBytes(("user:" + account.username()).getBytes(StandardCharsets.UTF_8)),
						account.username(), passwords.encode(DemoMode.DEMO_PASSWORD), account.displayName(),
						personId(account.username()), new Jurisdiction(account.regionCode(), account.departmentCode()),
						account.roles(), true, 0, null, account.enterpriseUscc());
				if (users.insert(user, clock.instant())) {
					n++;
					audit.record(new AuditEntry("system", user.jurisdiction().regionCode(), "user.create",
							"user:" + user.username(), "success", null, "demo account " + user.roles()));
				}
			}
			if (apiKeys.byName(DEMO_API_KEY_NAME).isEmpty() && apiKeys.insert(
					UUID.nameUUIDFromBytes(("api-key:" + DEMO_API_KEY_NAME).getBytes(StandardCharsets.UTF_8)),
					DEMO_API_KEY_NAME, DEMO_API_KEY, regions.city().code(), "system")) {
				audit.record(new AuditEntry("system", regions.city().code(), "api-key.create",
						"api-key:" + DEMO_API_KEY_NAME, "success", null, "demo video-analytics gateway"));
			}
			return n;
		});
		log.info("Demo accounts: {} created, {} already present", created, accounts.size() - created);
	}

	static UUID personId(String username) {
		return UUID.nameUUIDFromBytes(("person:" + username).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String text() {
		if (!demo.enabled() || accounts.isEmpty()) {
			return " Demo data: off (production mode; create the first administrator as README describes)";
		}
		StringBuilder text = new StringBuilder(" Demo accounts (password ").append(DemoMode.DEMO_PASSWORD).append("):");
		accounts.forEach(a -> text.append("\n   ").append("%-19s".formatted(a.username())).append(a.description()));
		text.append("\n Demo API key (X-Api-Key, video-analytics webhook): ").append(DEMO_API_KEY);
		return text.toString();
	}

}
