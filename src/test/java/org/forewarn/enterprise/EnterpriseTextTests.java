package org.forewarn.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.forewarn.platform.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The text rules at the registry's edges: CSV in (import) and out (export), masked
 * phones, file encodings.
 */
class EnterpriseTextTests {

	@Test
	void csvRowsKeepQuotedCommasDoubledQuotesLineBreaksAndBlankLinesSoRowNumbersHold() {
		List<List<String>> rows = CsvText.rows("\uFEFFuscc,name\r\n1,\"深圳,\"\"某\"\"公司\"\n\n2,\"两行\n地址\"\n");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).containsExactly("uscc", "name");
		assertThat(rows.get(1)).containsExactly("1", "深圳,\"某\"公司");
		assertThat(rows.get(2)).containsExactly("");
		assertThat(rows.get(3)).containsExactly("2", "两行\n地址");
	}

	@Test
	void anExportedFieldCannotStartAFormulaAndIsQuotedWhenItMustBe() {
		assertThat(EnterpriseController.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(EnterpriseController.csv("+86 138")).isEqualTo("'+86 138");
		assertThat(EnterpriseController.csv("福田区,车公庙")).isEqualTo("\"福田区,车公庙\"");
		assertThat(EnterpriseController.csv(null)).isEmpty();
		assertThat(EnterpriseController.csv("安全负责人")).isEqualTo("安全负责人");
	}

	@Test
	void aPhoneIsMaskedInTheMiddleAndAShortOneEntirely() {
		assertThat(Enterprise.EnterpriseContact.mask("13800138000")).isEqualTo("138****8000");
		assertThat(Enterprise.EnterpriseContact.mask("12345")).isEqualTo("****");
		assertThat(Enterprise.EnterpriseContact.mask(null)).isNull();
		assertThat(new Enterprise.EnterpriseContact("张三", "安全负责人", "13800138000").masked().phone())
			.isEqualTo("138****8000");
	}

	@Test
	void anImportFileIsUtf8OrGb18030AndAnOldXlsIsRefusedWithWhatToDoInstead() {
		String text = "uscc,name\n91440300708461136T,深圳市腾讯计算机系统有限公司\n";
		assertThat(EnterpriseImportController.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
		assertThat(EnterpriseImportController.utf8(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
		assertThat(EnterpriseImportController.table("list.csv", text.getBytes(StandardCharsets.UTF_8))).hasSize(2);
		assertThatThrownBy(() -> EnterpriseImportController.table("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF }))
			.isInstanceOfSatisfying(EnterpriseRejected.class, e -> {
				assertThat(e.refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
				assertThat(e.getMessage()).contains(".xlsx");
			});
		assertThatThrownBy(() -> EnterpriseImportController.table("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 0 }))
			.isInstanceOfSatisfying(EnterpriseRejected.class,
					e -> assertThat(e.refusal()).isEqualTo(Refusal.UNPROCESSABLE));
	}

}
