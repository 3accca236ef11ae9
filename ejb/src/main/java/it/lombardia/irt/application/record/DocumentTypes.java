package it.lombardia.irt.application.record;

import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.files.FileTypes;
import java.util.List;
import java.util.Set;

/**
 * The types a document of the record may have (PDF, JPEG, PNG), detected from the file's own bytes
 * ({@link FileTypes}): the type a client declares is only a claim, and a file stored under a false
 * type (an HTML page as a PDF) would be served to the care team as what it is not.
 */
final class DocumentTypes {

  private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

  /** What a client sends when it does not know the type: the detected one is then used. */
  private static final String UNDECLARED = "application/octet-stream";

  private DocumentTypes() {}

  /**
   * The document's real type: refused if it is not an accepted type, or if it differs from the
   * declared one.
   */
  static String verified(String declaredContentType, byte[] content) {
    String declared =
        declaredContentType == null ? "" : declaredContentType.split(";")[0].trim().toLowerCase();
    if (!ACCEPTED.contains(declared) && !declared.equals(UNDECLARED)) {
      throw unsupported();
    }
    String detected = FileTypes.detect(content);
    if (!ACCEPTED.contains(detected)) {
      throw unsupported();
    }
    if (!declared.equals(UNDECLARED) && !declared.equals(detected)) {
      throw new InvalidInputException(
          List.of(
              new InvalidInputException.Problem(
                  "contentType",
                  "error.document.mismatch",
                  "the file is " + detected + ", not " + declared + " as declared",
                  List.of(detected, declared))));
    }
    return detected;
  }

  private static InvalidInputException unsupported() {
    return InvalidInputException.of(
        "contentType", "error.document.type", "a document is a PDF, JPEG or PNG file");
  }
}
