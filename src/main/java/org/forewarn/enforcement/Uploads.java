package org.forewarn.enforcement;

import java.io.IOException;

import org.forewarn.platform.Attachments;
import org.forewarn.platform.Refusal;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file before anything is stored, as the hazard loop does for its
 * photos: the type is read from the file's first bytes, never from its name or declared
 * type, and the size is limited per kind. Every stored file keeps its SHA-256, checked
 * again when it is read back.
 */
final class Uploads {

	static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

	/**
	 * Documents and video: the platform's multipart limit
	 * ({@code spring.servlet.multipart.max-file-size}, 10 MB).
	 */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	enum EvidenceKind {

		PHOTO, DOCUMENT, VIDEO

	}

	/** A checked file, not yet stored. */
	record Checked(byte[] data, String contentType, String fileName, String sha256) {
	}

	private Uploads() {
	}

	static Checked check(MultipartFile file, EvidenceKind kind, String field) {
		if (file == null || file.isEmpty()) {
			throw new Rejected(Refusal.INVALID, field, "Send the file as a multipart part named '" + field + "'.");
		}
		if (file.getSize() > limit(kind)) {
			throw tooLarge(file.getOriginalFilename(), file.getSize(), kind, field);
		}
		try {
			return check(file.getBytes(), file.getOriginalFilename(), kind, field);
		}
		catch (IOException e) {
			throw new Rejected(Refusal.INVALID, field, "The file could not be read: " + e.getMessage());
		}
	}

	/** Checks a file's bytes: size per kind, type from the content. */
	static Checked check(byte[] data, String originalName, EvidenceKind kind, String field) {
		if (data.length > limit(kind)) {
			throw tooLarge(originalName, data.length, kind, field);
		}
		String type = Attachments.sniff(data);
		boolean fits = type != null && switch (kind) {
			case PHOTO -> type.startsWith("image/");
			case VIDEO -> type.startsWith("video/");
			case DOCUMENT -> type.equals("application/pdf") || type.startsWith("image/");
		};
		if (!fits) {
			throw new Rejected(Refusal.UNSUPPORTED_TYPE, field, "'" + originalName + "' is not " + switch (kind) {
				case PHOTO -> "a JPEG, PNG, GIF or WebP image";
				case VIDEO -> "an MP4, MOV, WebM/Matroska or AVI video";
				case DOCUMENT -> "a PDF or an image";
			} + " (judged by its content).");
		}
		String name = originalName == null || originalName.isBlank() ? kind.name().toLowerCase() : originalName.strip();
		name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
		return new Checked(data, type, name.length() > 200 ? name.substring(0, 200) : name, Attachments.sha256(data));
	}

	private static long limit(EvidenceKind kind) {
		return kind == EvidenceKind.PHOTO ? MAX_PHOTO_BYTES : MAX_FILE_BYTES;
	}

	private static Rejected tooLarge(String name, long size, EvidenceKind kind, String field) {
		return new Rejected(Refusal.TOO_LARGE, field, "'" + name + "' is " + size / 1024 + " KB; the limit for a "
				+ kind.name().toLowerCase() + " is " + limit(kind) / 1024 / 1024 + " MB.");
	}

}
