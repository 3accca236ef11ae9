package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void fileSizesReadInTheUsersLanguage() {
    assertEquals("850 byte", Formats.fileSize(850, Locale.ITALIAN));
    assertEquals("12 KB", Formats.fileSize(12 * 1024, Locale.ITALIAN));
    assertEquals("1,5 MB", Formats.fileSize(1536 * 1024, Locale.ITALIAN));
    assertEquals("1.5 MB", Formats.fileSize(1536 * 1024, Locale.ENGLISH));
    assertEquals("1.023 byte", Formats.fileSize(1023, Locale.ITALIAN));
  }
}
