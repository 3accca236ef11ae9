package it.lombardia.irt.interfaces.shell;

import it.lombardia.irt.application.files.Upload;
import it.lombardia.irt.application.files.UploadCheck;
import it.lombardia.irt.application.files.UploadRule;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A file chosen in a page's {@code h:inputFile}, as the application's {@link Upload}. */
public final class PartUploads {

  private PartUploads() {}

  /**
   * The file, read up to one byte beyond {@code rule}'s limit (so an oversize one is refused
   * without being held whole); null when none was chosen.
   */
  public static Upload of(Part part, UploadRule rule) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    try {
      return new Upload(
          part.getSubmittedFileName(),
          part.getContentType(),
          UploadCheck.readAtMost(part.getInputStream(), rule.maxBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
