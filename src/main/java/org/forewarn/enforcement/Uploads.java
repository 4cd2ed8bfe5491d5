package org.forewarn.enforcement;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file before anything is stored, as the hazard loop does for its photos: the type is read from the
 * file's first bytes, never from its name or declared type, and the size is limited per kind. Every stored file keeps
 * its SHA-256, checked again when it is read back.
 */
final class Uploads {

	static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
	/** Documents and video: the platform's multipart limit ({@code spring.servlet.multipart.max-file-size}, 10 MB). */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	enum Kind {
		PHOTO, DOCUMENT, VIDEO
	}

	/** A checked file, not yet stored. */
	record Checked(byte[] data, String contentType, String fileName, String sha256) {
	}

	private Uploads() {
	}

	static Checked check(MultipartFile file, Kind kind, String field) {
		if (file == null || file.isEmpty()) {
			throw new Rejected(HttpStatus.BAD_REQUEST, field, "Send the file as a multipart part named '" + field + "'.");
		}
		if (file.getSize() > limit(kind)) {
			throw tooLarge(file.getOriginalFilename(), file.getSize(), kind, field);
		}
		try {
			return check(file.getBytes(), file.getOriginalFilename(), kind, field);
		}
		catch (IOException e) {
			throw new Rejected(HttpStatus.BAD_REQUEST, field, "The file could not be read: " + e.getMessage());
		}
	}

	/** Checks a file's bytes: size per kind, type from the content. */
	static Checked check(byte[] data, String originalName, Kind kind, String field) {
		if (data.length > limit(kind)) {
			throw tooLarge(originalName, data.length, kind, field);
		}
		String type = sniff(data);
		boolean fits = type != null && switch (kind) {
			case PHOTO -> type.startsWith("image/");
			case VIDEO -> type.startsWith("video/");
			case DOCUMENT -> type.equals("application/pdf") || type.startsWith("image/");
		};
		if (!fits) {
			throw new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, field, "'" + originalName + "' is not "
					+ switch (kind) {
						case PHOTO -> "a JPEG, PNG, GIF or WebP image";
						case VIDEO -> "an MP4, MOV, WebM/Matroska or AVI video";
						case DOCUMENT -> "a PDF or an image";
					} + " (judged by its content).");
		}
		String name = originalName == null || originalName.isBlank() ? kind.name().toLowerCase() : originalName.strip();
		name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
		return new Checked(data, type, name.length() > 200 ? name.substring(0, 200) : name, sha256(data));
	}

	private static long limit(Kind kind) {
		return kind == Kind.PHOTO ? MAX_PHOTO_BYTES : MAX_FILE_BYTES;
	}

	private static Rejected tooLarge(String name, long size, Kind kind, String field) {
		return new Rejected(HttpStatus.PAYLOAD_TOO_LARGE, field, "'" + name + "' is " + size / 1024
				+ " KB; the limit for a " + kind.name().toLowerCase() + " is " + limit(kind) / 1024 / 1024 + " MB.");
	}

	static String sniff(byte[] d) {
		if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
				&& d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
			return "image/png";
		}
		if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8' && (d[4] == '7' || d[4] == '9')
				&& d[5] == 'a') {
			return "image/gif";
		}
		if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F') {
			if (d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
				return "image/webp";
			}
			if (d[8] == 'A' && d[9] == 'V' && d[10] == 'I' && d[11] == ' ') {
				return "video/x-msvideo";
			}
		}
		if (d.length >= 5 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F' && d[4] == '-') {
			return "application/pdf";
		}
		if (d.length >= 12 && d[4] == 'f' && d[5] == 't' && d[6] == 'y' && d[7] == 'p') {
			return d[8] == 'q' && d[9] == 't' ? "video/quicktime" : "video/mp4";
		}
		if (d.length >= 4 && (d[0] & 0xff) == 0x1A && (d[1] & 0xff) == 0x45 && (d[2] & 0xff) == 0xDF
				&& (d[3] & 0xff) == 0xA3) {
			return "video/webm";
		}
		return null;
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
