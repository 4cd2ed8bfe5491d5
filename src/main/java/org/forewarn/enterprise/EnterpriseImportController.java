package org.forewarn.enterprise;

import org.forewarn.platform.Refusal;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.TextPolicy;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import (CSV or .xlsx) with its row-by-row validation report, and the template to
 * fill in.
 */
@RestController
class EnterpriseImportController {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final EnterpriseImport importer;

	private final Imports imports;

	EnterpriseImportController(EnterpriseImport importer, Imports imports) {
		this.importer = importer;
		this.imports = imports;
	}

	@PostMapping(path = "/api/enterprises/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(EnterpriseController.REGISTRARS)
	EnterpriseImport.ImportReport importFile(@AuthenticationPrincipal CurrentUser user,
			@RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new EnterpriseRejected(Refusal.INVALID, "file",
					"请上传名为 file 的 CSV 或 .xlsx 文件。Send a CSV or .xlsx part named 'file'.");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new EnterpriseRejected(Refusal.TOO_LARGE, "file", "文件最大 20 MB。At most 20 MB.");
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		return importer.importRows(user, name, table(name, file.getBytes()));
	}

	@PostMapping(path = "/api/enterprises/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize(EnterpriseController.REGISTRARS)
	EnterpriseImport.ImportReport importCsv(@AuthenticationPrincipal CurrentUser user, @RequestBody byte[] body) {
		if (body.length > MAX_BYTES) {
			throw new EnterpriseRejected(Refusal.TOO_LARGE, "file", "文件最大 20 MB。At most 20 MB.");
		}
		return importer.importRows(user, "request.csv", CsvText.rows(utf8(body)));
	}

	@GetMapping(path = "/api/enterprises/import/template.csv", produces = "text/csv")
	@PreAuthorize(EnterpriseController.REGISTRARS)
	byte[] template() {
		return ("\uFEFF" + EnterpriseImport.HEADER + "\n"
				+ "91440300708461136T,深圳市腾讯计算机系统有限公司,I64,深圳市南山区科技中一路腾讯大厦,22.5404,113.9346,LARGE,CROWDED_PLACE,张三,安全负责人,13800138000\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping("/api/enterprises/imports/{id}")
	@PreAuthorize(EnterpriseController.REGISTRARS)
	Imports.ImportRecord report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return imports.find(id, user.username())
			.orElseThrow(() -> new EnterpriseRejected(Refusal.NOT_FOUND, "id", "No import " + id + " of yours."));
	}

	static List<List<String>> table(String name, byte[] bytes) {
		boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
		if (name.toLowerCase().endsWith(".xlsx") || zip) {
			List<List<String>> rows;
			try {
				rows = XlsxSheet.rows(bytes);
			}
			catch (IOException | RuntimeException e) {
				throw new EnterpriseRejected(Refusal.UNPROCESSABLE, "file",
						"无法读取 .xlsx 文件：" + e.getMessage() + "。The workbook cannot be read.");
			}
			for (int row = 0; row < rows.size(); row++) {
				for (String cell : rows.get(row)) {
					if (TextPolicy.refuses(cell)) {
						TextPolicy.check("file row " + (row + 1), cell);
					}
				}
			}
			return rows;
		}
		if (name.toLowerCase().endsWith(".xls")) {
			throw new EnterpriseRejected(Refusal.UNSUPPORTED_TYPE, "file",
					"不支持旧版 .xls，请另存为 .xlsx 或 CSV。Save the old .xls as .xlsx or CSV.");
		}
		return CsvText.rows(utf8(bytes));
	}

	static String utf8(byte[] bytes) {
		return TextPolicy.check("file", decoded(bytes));
	}

	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			try {
				return java.nio.charset.Charset.forName("GB18030")
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			}
			catch (CharacterCodingException e2) {
				throw new EnterpriseRejected(Refusal.UNSUPPORTED_TYPE, "file",
						"文件不是 UTF-8 或 GB18030 编码的文本。The file is neither UTF-8 nor GB18030 text.");
			}
		}
	}

}
