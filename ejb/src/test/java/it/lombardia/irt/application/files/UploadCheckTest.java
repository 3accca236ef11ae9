package it.lombardia.irt.application.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.application.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The upload check with Tika's real detection on the first bytes of real files. */
class UploadCheckTest {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'};
  static final byte[] PDF =
      "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] TEXT =
      "La bilancia lampeggia: errore E4 alle 08:12.\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff};

  static final UploadRule RULE = new UploadRule(UploadRule.IMAGES_PDF_TEXT, 1024);

  private static String refusal(String name, String declared, byte[] content) {
    return assertThrows(
            InvalidInputException.class, () -> UploadCheck.check(RULE, name, declared, content))
        .problems()
        .get(0)
        .key();
  }

  @Test
  void acceptsImagesPdfAndTextWhoseBytesAreWhatIsDeclared() {
    CheckedFile png = UploadCheck.check(RULE, "bilancia.png", "image/png", PNG);
    assertEquals("image/png", png.mediaType());
    assertArrayEquals(PNG, png.content());
    assertEquals("image/jpeg", UploadCheck.check(RULE, "x.JPG", "image/jpeg", JPEG).mediaType());
    assertEquals(
        "application/pdf", UploadCheck.check(RULE, "r.pdf", "application/pdf", PDF).mediaType());
    assertEquals(
        "text/plain",
        UploadCheck.check(RULE, "log.txt", "text/plain; charset=UTF-8", TEXT).mediaType());
  }

  @Test
  void refusesAnArchiveOrProgramDisguisedAsAnImage() {
    assertEquals("error.upload.type", refusal("foto.png", "image/png", ZIP));
    assertEquals("error.upload.type", refusal("foto.png", "image/png", EXE));
  }

  @Test
  void refusesAnAcceptedTypeOtherThanTheDeclaredOne() {
    assertEquals("error.upload.mismatch", refusal("foto.png", "image/jpeg", PNG));
    assertEquals("error.upload.mismatch", refusal("foto.png", "application/octet-stream", PNG));
    assertEquals("error.upload.mismatch", refusal("foto.png", null, PNG));
  }

  @Test
  void refusesEmptyAndOversizeFiles() {
    assertEquals("error.upload.empty", refusal("a.txt", "text/plain", new byte[0]));
    byte[] big = new byte[1025];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertEquals("error.upload.size", refusal("a.png", "image/png", big));
  }

  @Test
  void keepsOnlyASafeNameWhoseExtensionFitsTheContent() {
    assertEquals(
        "foto.png", UploadCheck.check(RULE, "C:\\Users\\m\\foto.png", "image/png", PNG).fileName());
    assertEquals("ab.png", UploadCheck.check(RULE, "../a\"b\n.png", "image/png", PNG).fileName());
    assertEquals("scatto.png", UploadCheck.check(RULE, "scatto", "image/png", PNG).fileName());
    assertEquals("error.upload.extension", refusal("setup.exe", "image/png", PNG));
    assertEquals("error.upload.name", refusal("  ", "image/png", PNG));
    assertEquals("error.upload.name", refusal(".png", "image/png", PNG));
  }

  @Test
  void readsNoMoreThanOneByteBeyondTheLimit() {
    byte[] read = UploadCheck.readAtMost(new ByteArrayInputStream(new byte[5000]), 1024);
    assertEquals(1025, read.length);
  }
}
