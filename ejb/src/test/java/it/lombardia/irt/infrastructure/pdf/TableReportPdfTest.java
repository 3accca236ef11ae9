package it.lombardia.irt.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.application.report.TableReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TableReportPdfTest {

  private static final List<String> COLUMNS = List.of("Data e ora", "Tipo", "Descrizione");
  private static final List<Float> WEIGHTS = List.of(1.2f, 1f, 3f);

  private static TableReport timeline(List<List<String>> rows) {
    return new TableReport(
        "Cartella domiciliare — diario",
        List.of(
            "Paziente: Niccolò Bràmbilla",
            "Codice fiscale: BRMNCC45A01F205X",
            "Periodo: 01/01/2025 – 31/03/2025",
            "Generato da inf. Lucia Perè il 02/04/2025 alle 10:15"),
        COLUMNS,
        WEIGHTS,
        rows,
        "IRT — documento riservato, contiene dati sanitari");
  }

  private static List<String> pagesText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    }
  }

  private static String allText(byte[] pdf) throws IOException {
    return String.join("\n", pagesText(pdf));
  }

  @Test
  void rendersTitleHeaderAndRowsAsExtractableText() throws IOException {
    byte[] pdf =
        TableReportPdf.render(
            timeline(
                List.of(
                    List.of("03/02/2025 08:30", "Parametro", "Temperatura ≥ 38,3 °C: febbre"),
                    Arrays.asList("03/02/2025 09:00", null, "Glicemia ≤ 70 mg/dl, insulina 4 µg"),
                    List.of("04/02/2025 11:45", "Visita", "Però è già migliorato; più attività"))));

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = allText(pdf);
    assertTrue(text.contains("Cartella domiciliare — diario"), text);
    assertTrue(text.contains("Niccolò Bràmbilla"), text);
    assertTrue(text.contains("BRMNCC45A01F205X"), text);
    assertTrue(text.contains("≥ 38,3 °C"), text);
    assertTrue(text.contains("≤ 70 mg/dl, insulina 4 µg"), text);
    assertTrue(text.contains("Però è già migliorato; più attività"), text);
    assertTrue(text.contains("03/02/2025 09:00"), text);
    assertTrue(text.contains("IRT — documento riservato"), text);
    assertTrue(text.contains("1 / 1"), text);
  }

  @Test
  void breaksLongTablesIntoNumberedPagesWithRepeatedHeader() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      rows.add(List.of("riga " + i, "Parametro", "Frequenza cardiaca " + (60 + i % 40) + " bpm"));
    }

    List<String> pages = pagesText(TableReportPdf.render(timeline(rows)));

    int total = pages.size();
    assertTrue(total >= 3, "300 rows should need several pages, got " + total);
    for (int n = 1; n <= total; n++) {
      String page = pages.get(n - 1);
      assertTrue(page.contains("Descrizione"), "column header missing on page " + n);
      assertTrue(page.contains(n + " / " + total), "page number missing on page " + n);
      assertTrue(page.contains("documento riservato"), "footer missing on page " + n);
    }
    assertTrue(pages.get(total - 1).contains("riga 300"));
    String all = String.join("\n", pages);
    for (int i = 1; i <= 300; i++) {
      assertTrue(all.contains("riga " + i + "\n") || all.contains("riga " + i + " "), "row " + i);
    }
  }

  @Test
  void movesARowThatDoesNotFitToTheNextPageWhole() throws IOException {
    String tall = String.join("\n", Collections.nCopies(12, "nota"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      rows.add(List.of("riga " + i, "Nota", i % 7 == 0 ? "inizio\n" + tall + "\nfine " + i : "-"));
    }

    List<String> pages = pagesText(TableReportPdf.render(timeline(rows)));

    for (String page : pages) {
      long starts = page.lines().filter(line -> line.contains("inizio")).count();
      long ends = page.lines().filter(line -> line.trim().startsWith("fine ")).count();
      assertEquals(starts, ends, "a row was split across pages:\n" + page);
    }
  }

  @Test
  void wrapsLongCellTextInsteadOfCuttingIt() throws IOException {
    StringBuilder note = new StringBuilder();
    for (int i = 0; note.length() < 600; i++) {
      note.append("parola").append(i).append(' ');
    }
    String cell = note.toString().trim();

    String text =
        allText(TableReportPdf.render(timeline(List.of(List.of("05/02/2025", "Nota", cell)))));

    String flattened = text.replaceAll("\\s+", " ");
    for (String word : cell.split(" ")) {
      assertTrue(flattened.contains(" " + word + " "), "missing word " + word);
    }
  }

  @Test
  void replacesCharactersTheFontLacks() throws IOException {
    byte[] pdf =
        assertDoesNotThrow(
            () ->
                TableReportPdf.render(
                    timeline(
                        List.of(List.of("06/02/2025", "Nota 🧬", "Paziente 中 한 sereno\tok")))));

    String text = allText(pdf);
    assertTrue(text.contains("Nota ?"), text);
    assertTrue(text.contains("Paziente ? ? sereno ok"), text);
  }

  @Test
  void splitsOnlyARowTallerThanAWholePage() throws IOException {
    String huge = String.join("\n", Collections.nCopies(150, "riga lunga"));

    List<String> pages =
        pagesText(TableReportPdf.render(timeline(List.of(List.of("07/02/2025", "Nota", huge)))));

    assertTrue(pages.size() >= 2, "a 150-line row needs two pages");
    long printed =
        String.join("\n", pages).lines().filter(line -> line.contains("riga lunga")).count();
    assertEquals(150, printed);
  }

  @Test
  void rejectsARowWithTheWrongNumberOfCells() {
    assertThrows(
        IllegalArgumentException.class, () -> timeline(List.of(List.of("solo", "due celle"))));
  }

  @Test
  void rendersConcurrentlyWithoutInterference() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String marker = "paziente-" + i;
        texts.add(
            pool.submit(
                () ->
                    allText(
                        TableReportPdf.render(
                            timeline(List.of(List.of(marker, "Nota", "è tutto ok")))))));
      }
      for (int i = 0; i < 8; i++) {
        assertTrue(texts.get(i).get().contains("paziente-" + i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
