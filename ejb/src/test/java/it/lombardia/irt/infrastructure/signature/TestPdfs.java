package it.lombardia.irt.infrastructure.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page PDF with a line of text, as a referto to sign. */
final class TestPdfs {

  static final String TITLE = "Referto di televisita";

  private TestPdfs() {}

  /** Saved without object streams, so that the title can be found and altered in the bytes. */
  static byte[] referto() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 720);
        text.showText("Esito della televisita: nella norma.");
        text.endText();
      }
      document.getDocumentInformation().setTitle(TITLE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }
}
