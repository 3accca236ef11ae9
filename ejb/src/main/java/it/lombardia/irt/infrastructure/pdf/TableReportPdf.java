package it.lombardia.irt.infrastructure.pdf;

import it.lombardia.irt.application.report.TableReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link TableReport} as an A4 portrait PDF: the title and header lines on the first
 * page, then the table, whose column header row is repeated on every page, and on every page the
 * footer and "n / N".
 *
 * <p>Cell text wraps within its column; a row that does not fit in what is left of a page starts
 * the next one, and only a row taller than a whole page is split across pages. Text is set in the
 * embedded DejaVu Sans (subset, so the files stay small), which covers Italian and the symbols of
 * clinical text (≥ ≤ ° µ –); a character the font lacks is printed as '?'.
 *
 * <p>Safe for concurrent use: every call builds its own document and fonts.
 */
public final class TableReportPdf {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 40f;
  private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float TITLE_SIZE = 16f;
  private static final float HEADER_LINE_SIZE = 10f;
  private static final float RUNNING_TITLE_SIZE = 9f;
  private static final float CELL_SIZE = 9f;
  private static final float FOOTER_SIZE = 8f;

  /** Line height as a multiple of the font size. */
  private static final float LEADING = 1.2f;

  private static final float CELL_PADDING = 3f;
  private static final float GAP = 10f;
  private static final float GRID_LINE_WIDTH = 0.5f;
  private static final float GRID_GREY = 0.55f;
  private static final float HEADER_FILL_GREY = 0.88f;
  private static final String REGULAR_FONT = "DejaVuSans.ttf";
  private static final String BOLD_FONT = "DejaVuSans-Bold.ttf";

  private TableReportPdf() {}

  /**
   * Renders the report.
   *
   * @return the bytes of the PDF file
   * @throws UncheckedIOException if the embedded fonts cannot be read or the PDF cannot be written
   */
  public static byte[] render(TableReport report) {
    Objects.requireNonNull(report, "report");
    try (PDDocument document = new PDDocument()) {
      Face regular = Face.load(document, REGULAR_FONT);
      Face bold = Face.load(document, BOLD_FONT);
      new Layout(document, regular, bold, report).run();
      document.getDocumentInformation().setTitle(report.title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF report \"" + report.title() + "\"", e);
    }
  }

  /** A font of one document, with the glyph look-ups it has already made (one per call). */
  private static final class Face {

    private final PDType0Font font;
    private final float ascent;
    private final Map<Integer, Boolean> hasGlyph = new HashMap<>();

    private Face(PDType0Font font) {
      this.font = font;
      this.ascent = font.getFontDescriptor().getAscent() / 1000f;
    }

    static Face load(PDDocument document, String resource) throws IOException {
      try (InputStream in = TableReportPdf.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("Font " + resource + " is missing from the classpath");
        }
        return new Face(PDType0Font.load(document, in, true));
      }
    }

    /** The text with line breaks kept, other control characters as spaces, unknown glyphs '?'. */
    String printable(String text) {
      String normalized = text.replace("\r\n", "\n");
      StringBuilder out = new StringBuilder(normalized.length());
      normalized
          .codePoints()
          .forEach(
              cp -> {
                if (cp == '\n') {
                  out.append('\n');
                } else if (Character.isISOControl(cp)) {
                  out.append(' ');
                } else if (hasGlyph.computeIfAbsent(cp, this::lookUpGlyph)) {
                  out.appendCodePoint(cp);
                } else {
                  out.append('?');
                }
              });
      return out.toString();
    }

    private boolean lookUpGlyph(int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    /** Width in points of text already made {@link #printable}. */
    float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000f * size;
    }

    /** Lines of at most {@code maxWidth} points: breaks at spaces, and inside too long words. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
      List<String> lines = new ArrayList<>();
      if (text == null || text.isEmpty()) {
        return lines;
      }
      for (String paragraph : printable(text).split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          if (word.isEmpty()) {
            continue;
          }
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (width(candidate, size) <= maxWidth) {
            line.setLength(0);
            line.append(candidate);
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          if (width(word, size) <= maxWidth) {
            line.append(word);
          } else {
            line.append(breakWord(word, size, maxWidth, lines));
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** Adds the full-width pieces of a word wider than a line; returns the rest. */
    private String breakWord(String word, float size, float maxWidth, List<String> lines)
        throws IOException {
      StringBuilder piece = new StringBuilder();
      for (int cp : word.codePoints().toArray()) {
        int before = piece.length();
        piece.appendCodePoint(cp);
        if (before > 0 && width(piece.toString(), size) > maxWidth) {
          lines.add(piece.substring(0, before));
          piece.delete(0, before);
        }
      }
      return piece.toString();
    }
  }

  /** The pages of one document, drawn top to bottom; used once. */
  private static final class Layout {

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private final TableReport report;
    private final float[] columnX;
    private final float[] columnWidth;
    private final List<String> footerLines;
    private final float tableBottom;
    private PDPageContentStream stream;
    private float y;
    private boolean tableStarted;

    /** Whether a line of the title, a header line or a row stands on the current page. */
    private boolean contentOnPage;

    Layout(PDDocument document, Face regular, Face bold, TableReport report) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      this.report = report;
      int columns = report.columns().size();
      float totalWeight = 0;
      for (float weight : report.columnWeights()) {
        totalWeight += weight;
      }
      columnX = new float[columns];
      columnWidth = new float[columns];
      float x = MARGIN;
      for (int i = 0; i < columns; i++) {
        columnX[i] = x;
        columnWidth[i] = CONTENT_WIDTH * report.columnWeights().get(i) / totalWeight;
        x += columnWidth[i];
      }
      float pageNumberWidth = regular.width("0000 / 0000", FOOTER_SIZE) + GAP;
      footerLines = regular.wrap(report.footer(), FOOTER_SIZE, CONTENT_WIDTH - pageNumberWidth);
      tableBottom = MARGIN + footerHeight() + GAP;
    }

    void run() throws IOException {
      try {
        startPage();
        paragraph(bold, TITLE_SIZE, report.title());
        y -= GAP / 2;
        for (String line : report.headerLines()) {
          paragraph(regular, HEADER_LINE_SIZE, line);
        }
        y -= GAP;
        tableStarted = true;
        if (y - columnHeaderHeight() - rowHeight(1) < tableBottom) {
          startPage(); // no column header alone at the foot of the first page
        } else {
          columnHeader();
        }
        for (List<String> row : report.rows()) {
          row(row);
        }
      } finally {
        if (stream != null) {
          stream.close();
        }
      }
      footers();
    }

    private void startPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      stream.setLineWidth(GRID_LINE_WIDTH);
      stream.setStrokingColor(GRID_GREY);
      y = PAGE.getHeight() - MARGIN;
      contentOnPage = false;
      if (document.getNumberOfPages() > 1) {
        runningTitle();
      }
      if (tableStarted) {
        columnHeader();
      }
    }

    private void paragraph(Face face, float size, String text) throws IOException {
      for (String line : face.wrap(text, size, CONTENT_WIDTH)) {
        if (y - size * LEADING < tableBottom) {
          startPage();
        }
        text(stream, face, size, MARGIN, y - face.ascent * size, line);
        y -= size * LEADING;
        contentOnPage = true;
      }
    }

    /** The title again at the top of the following pages, on one line (cut short with "…"). */
    private void runningTitle() throws IOException {
      List<String> lines = bold.wrap(report.title(), RUNNING_TITLE_SIZE, CONTENT_WIDTH);
      if (lines.isEmpty()) {
        return;
      }
      String line = lines.get(0);
      if (lines.size() > 1) {
        while (!line.isEmpty() && bold.width(line + " …", RUNNING_TITLE_SIZE) > CONTENT_WIDTH) {
          line = line.substring(0, line.offsetByCodePoints(line.length(), -1));
        }
        line = line + " …";
      }
      text(stream, bold, RUNNING_TITLE_SIZE, MARGIN, y - bold.ascent * RUNNING_TITLE_SIZE, line);
      y -= RUNNING_TITLE_SIZE * LEADING + GAP / 2;
    }

    private void columnHeader() throws IOException {
      List<List<String>> cells = wrapCells(bold, report.columns());
      cells(bold, cells, 0, lineCount(cells), true);
    }

    private float columnHeaderHeight() throws IOException {
      return rowHeight(lineCount(wrapCells(bold, report.columns())));
    }

    private static float rowHeight(int lines) {
      return lines * CELL_SIZE * LEADING + 2 * CELL_PADDING;
    }

    /**
     * Draws a row, on the next page if it does not fit here; splits only rows taller than a page.
     */
    private void row(List<String> row) throws IOException {
      List<List<String>> cells = wrapCells(regular, row);
      int lines = lineCount(cells);
      int from = 0;
      while (true) {
        int fit = (int) Math.floor((y - tableBottom - 2 * CELL_PADDING) / (CELL_SIZE * LEADING));
        if (lines - from <= fit) {
          cells(regular, cells, from, lines, false);
          contentOnPage = true;
          return;
        }
        if (contentOnPage) {
          startPage();
          continue;
        }
        if (fit < 1) {
          throw new IllegalArgumentException(
              "The footer of \"" + report.title() + "\" leaves no room for the table on a page");
        }
        cells(regular, cells, from, from + fit, false);
        from += fit;
        startPage();
      }
    }

    private List<List<String>> wrapCells(Face face, List<String> texts) throws IOException {
      List<List<String>> cells = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        cells.add(face.wrap(texts.get(i), CELL_SIZE, columnWidth[i] - 2 * CELL_PADDING));
      }
      return cells;
    }

    private static int lineCount(List<List<String>> cells) {
      int lines = 1;
      for (List<String> cell : cells) {
        lines = Math.max(lines, cell.size());
      }
      return lines;
    }

    /** Draws lines {@code from} (inclusive) to {@code to} (exclusive) of every cell of a row. */
    private void cells(Face face, List<List<String>> cells, int from, int to, boolean shaded)
        throws IOException {
      float lineHeight = CELL_SIZE * LEADING;
      float height = rowHeight(to - from);
      if (shaded) {
        stream.setNonStrokingColor(HEADER_FILL_GREY);
        stream.addRect(MARGIN, y - height, CONTENT_WIDTH, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
      }
      for (int i = 0; i < cells.size(); i++) {
        stream.addRect(columnX[i], y - height, columnWidth[i], height);
      }
      stream.stroke();
      for (int i = 0; i < cells.size(); i++) {
        List<String> cell = cells.get(i);
        for (int line = from; line < Math.min(to, cell.size()); line++) {
          float baseline = y - CELL_PADDING - face.ascent * CELL_SIZE - (line - from) * lineHeight;
          text(stream, face, CELL_SIZE, columnX[i] + CELL_PADDING, baseline, cell.get(line));
        }
      }
      y -= height;
    }

    private float footerHeight() {
      return Math.max(1, footerLines.size()) * FOOTER_SIZE * LEADING;
    }

    /** Adds the footer and "n / N" to every page, once the number of pages is known. */
    private void footers() throws IOException {
      int pages = document.getNumberOfPages();
      float top = MARGIN + footerHeight();
      for (int n = 1; n <= pages; n++) {
        PDPage page = document.getPage(n - 1);
        try (PDPageContentStream footer =
            new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
          footer.setLineWidth(GRID_LINE_WIDTH);
          footer.setStrokingColor(GRID_GREY);
          footer.moveTo(MARGIN, top + GAP / 2);
          footer.lineTo(MARGIN + CONTENT_WIDTH, top + GAP / 2);
          footer.stroke();
          float firstBaseline = top - regular.ascent * FOOTER_SIZE;
          for (int i = 0; i < footerLines.size(); i++) {
            float baseline = firstBaseline - i * FOOTER_SIZE * LEADING;
            text(footer, regular, FOOTER_SIZE, MARGIN, baseline, footerLines.get(i));
          }
          String number = n + " / " + pages;
          float x = MARGIN + CONTENT_WIDTH - regular.width(number, FOOTER_SIZE);
          text(footer, regular, FOOTER_SIZE, x, firstBaseline, number);
        }
      }
    }

    private static void text(
        PDPageContentStream out, Face face, float size, float x, float baseline, String line)
        throws IOException {
      if (line.isEmpty()) {
        return;
      }
      out.beginText();
      out.setFont(face.font, size);
      out.newLineAtOffset(x, baseline);
      out.showText(line);
      out.endText();
    }
  }
}
