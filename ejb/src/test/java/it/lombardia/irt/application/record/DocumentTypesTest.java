package it.lombardia.irt.application.record;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.lombardia.irt.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void acceptsAFileThatIsWhatItsDeclaredTypeSays() {
    assertEquals("application/pdf", DocumentTypes.verified("application/pdf; charset=x", PDF));
    assertEquals("image/png", DocumentTypes.verified("image/png", PNG));
  }

  @Test
  void takesTheDetectedTypeOfAnUndeclaredFile() {
    assertEquals("application/pdf", DocumentTypes.verified("application/octet-stream", PDF));
  }

  @Test
  void refusesAFileOfAnotherTypeThanDeclared() {
    assertEquals("error.document.mismatch", refusal("image/png", PDF));
  }

  @Test
  void refusesHtmlAndExecutablesWhateverTheyAreDeclaredAs() {
    assertEquals(
        "error.document.type", refusal("application/pdf", "<html><script>x</script>".getBytes()));
    assertEquals("error.document.type", refusal("application/octet-stream", "MZ\0\0".getBytes()));
    assertEquals("error.document.type", refusal("text/html", PDF));
  }

  private static String refusal(String declared, byte[] content) {
    return assertThrows(
            InvalidInputException.class, () -> DocumentTypes.verified(declared, content))
        .problems()
        .get(0)
        .key();
  }
}
