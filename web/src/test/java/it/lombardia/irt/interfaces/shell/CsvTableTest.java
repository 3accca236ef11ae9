package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void writesSemicolonSeparatedLinesAfterAByteOrderMark() {
    byte[] bytes =
        new CsvTable(List.of("ASST", "Pazienti attivi"))
            .row(List.of("ASST Città di Lodi", 12))
            .bytes();

    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals(
        "ASST;Pazienti attivi\r\nASST Città di Lodi;12\r\n",
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void quotesACellHoldingASeparatorAQuoteOrALineBreakAndLeavesNullEmpty() {
    byte[] bytes =
        new CsvTable(List.of("a", "b", "c"))
            .row(Arrays.asList("uno; due", "il \"Niguarda\"", null))
            .bytes();

    assertEquals(
        "a;b;c\r\n\"uno; due\";\"il \"\"Niguarda\"\"\";\r\n",
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    CsvTable table = new CsvTable(List.of("a", "b"));

    assertThrows(IllegalArgumentException.class, () -> table.row(List.of("x")));
  }
}
