package org.forewarn.platform;

/** A request was refused for lack of rights or jurisdiction; the audit module records it. */
public record AccessRefused(String actor, String regionCode, String action, String target, String reason, String remoteAddress) {
}
