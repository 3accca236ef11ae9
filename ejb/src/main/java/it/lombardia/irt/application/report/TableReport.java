package it.lombardia.irt.application.report;

import it.lombardia.irt.infrastructure.pdf.TableReportPdf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report printed as PDF ({@link #toPdf()}): a title, a few header lines (patient, codice fiscale,
 * period, who generated it and when), a table and a footer repeated on every page.
 *
 * <p>The record is immutable: lists are copied. Cells may be {@code null} (printed empty), and
 * every row must have one cell per column. {@code columnWeights} gives the relative column widths;
 * {@code null} means equal widths. {@code headerLines} and {@code footer} may be {@code null}.
 */
public record TableReport(
    String title,
    List<String> headerLines,
    List<String> columns,
    List<Float> columnWeights,
    List<List<String>> rows,
    String footer) {

  public TableReport {
    Objects.requireNonNull(title, "title");
    headerLines = headerLines == null ? List.of() : copyAllowingNulls(headerLines);
    Objects.requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A table report needs at least one column");
    }
    columns = copyAllowingNulls(columns);
    if (columnWeights == null) {
      columnWeights = Collections.nCopies(columns.size(), 1f);
    } else {
      columnWeights = List.copyOf(columnWeights);
      if (columnWeights.size() != columns.size()) {
        throw new IllegalArgumentException(
            "columnWeights has "
                + columnWeights.size()
                + " entries for "
                + columns.size()
                + " columns");
      }
      for (Float weight : columnWeights) {
        if (!(weight > 0) || weight.isInfinite()) {
          throw new IllegalArgumentException("Column weights must be positive: " + columnWeights);
        }
      }
    }
    Objects.requireNonNull(rows, "rows");
    List<List<String>> copiedRows = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = Objects.requireNonNull(rows.get(i), "row " + i);
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row " + i + " has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copiedRows.add(copyAllowingNulls(row));
    }
    rows = Collections.unmodifiableList(copiedRows);
    footer = footer == null ? "" : footer;
  }

  private static List<String> copyAllowingNulls(List<String> values) {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** This report as a PDF/A-style document (fonts embedded), ready to download or sign. */
  public byte[] toPdf() {
    return TableReportPdf.render(this);
  }
}
