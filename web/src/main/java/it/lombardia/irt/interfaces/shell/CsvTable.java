package it.lombardia.irt.interfaces.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a CSV file a spreadsheet opens in Italy: semicolon-separated (the comma is the decimal
 * mark), CRLF lines, UTF-8 with a byte-order mark so that accented names survive, a cell quoted
 * when it holds a separator, a quote or a line break.
 */
public final class CsvTable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<List<String>> lines = new ArrayList<>();

  public CsvTable(List<String> header) {
    lines.add(List.copyOf(header));
  }

  /** Adds a row; {@code null} cells stay empty, numbers and text are written as given. */
  public CsvTable row(List<?> cells) {
    if (cells.size() != lines.get(0).size()) {
      throw new IllegalArgumentException(
          cells.size() + " cells for " + lines.get(0).size() + " columns");
    }
    lines.add(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toList());
    return this;
  }

  public byte[] bytes() {
    StringBuilder csv = new StringBuilder();
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        if (i > 0) {
          csv.append(';');
        }
        csv.append(cell(line.get(i)));
      }
      csv.append("\r\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String cell(String text) {
    boolean quoted =
        text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
