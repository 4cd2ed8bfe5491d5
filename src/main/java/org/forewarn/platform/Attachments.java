package org.forewarn.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every module that keeps uploaded files (hazard photos, enforcement evidence,
 * enterprise rectification answers) needs before it stores one: the file's type read from
 * its first bytes — never from its name or declared content type, which the sender
 * chooses — and its SHA-256, kept with the file so it can be checked when read back.
 * Which types and sizes a module accepts stays that module's rule and its own error
 * message.
 */
public final class Attachments {

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	public static final String GIF = "image/gif";

	public static final String WEBP = "image/webp";

	public static final String PDF = "application/pdf";

	public static final String MP4 = "video/mp4";

	public static final String QUICKTIME = "video/quicktime";

	public static final String WEBM = "video/webm";

	public static final String AVI = "video/x-msvideo";

	private Attachments() {
	}

	/**
	 * The media type the content shows (JPEG, PNG, GIF, WebP, PDF, MP4, QuickTime,
	 * WebM/Matroska or AVI), or null when it is none of them.
	 */
	public static String sniff(byte[] d) {
		if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
			return JPEG;
		}
		if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
				&& d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
			return PNG;
		}
		if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8' && (d[4] == '7' || d[4] == '9')
				&& d[5] == 'a') {
			return GIF;
		}
		if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F') {
			if (d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
				return WEBP;
			}
			if (d[8] == 'A' && d[9] == 'V' && d[10] == 'I' && d[11] == ' ') {
				return AVI;
			}
		}
		if (d.length >= 5 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F' && d[4] == '-') {
			return PDF;
		}
		if (d.length >= 12 && d[4] == 'f' && d[5] == 't' && d[6] == 'y' && d[7] == 'p') {
			return d[8] == 'q' && d[9] == 't' ? QUICKTIME : MP4;
		}
		if (d.length >= 4 && (d[0] & 0xff) == 0x1A && (d[1] & 0xff) == 0x45 && (d[2] & 0xff) == 0xDF
				&& (d[3] & 0xff) == 0xA3) {
			return WEBM;
		}
		return null;
	}

	/** The content's type when it is a JPEG, PNG, GIF or WebP image, otherwise null. */
	public static String image(byte[] data) {
		String type = sniff(data);
		return type != null && type.startsWith("image/") ? type : null;
	}

	/** The SHA-256 of the content, as 64 lower-case hex digits. */
	public static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform provides SHA-256", e);
		}
	}

}
