package org.forewarn.notification;

/**
 * The ways a notice reaches a person. In-app is always used; the others are tried in
 * order until one takes it.
 */
enum ChannelType {

	/** the inbox and the live stream of the 一键通 app and the console */
	IN_APP,
	/** through the configured HTTP SMS gateway */
	SMS,
	/** over SMTP */
	EMAIL,
	/** an HTTP POST to the person's (or their system's) URL */
	WEBHOOK

}
