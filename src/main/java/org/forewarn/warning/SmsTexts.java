package org.forewarn.warning;

import org.springframework.stereotype.Component;

/**
 * The short text of a warning as SMS and loudspeaker carry it (GB/T 35965.1
 * {@code code/method/message}).
 */
@Component
class SmsTexts {

	String sms(WarningSummary warning, String senderName, String cancelReason) {
		if (warning.status() == WarningStatus.CANCELLED) {
			return "【" + senderName + "】解除" + warning.eventName()
					+ (warning.colour() == null ? "" : warning.colour().chinese()) + "预警"
					+ (cancelReason == null ? "" : "：" + cancelReason);
		}
		StringBuilder text = new StringBuilder("【").append(senderName).append("】").append(warning.headline());
		if (warning.description() != null) {
			text.append("：").append(warning.description());
		}
		if (warning.instruction() != null) {
			text.append(" 防御指引：").append(warning.instruction());
		}
		return text.toString();
	}

}
