package it.lombardia.irt.application.files;

import java.util.List;
import java.util.Map;

/**
 * What one kind of upload accepts: media types, each with the file-name extensions it may carry
 * (the first is added to a name that has none), and the largest size. A use case names its rule;
 * patients' photos will be {@link #IMAGES} with their own limit.
 */
public record UploadRule(Map<String, List<String>> types, long maxBytes) {

  public static final Map<String, List<String>> IMAGES =
      Map.of("image/jpeg", List.of("jpg", "jpeg"), "image/png", List.of("png"));

  /** Photos and PDF documents: what a patient or caregiver sends to the record. */
  public static final Map<String, List<String>> IMAGES_PDF =
      Map.of(
          "image/jpeg", List.of("jpg", "jpeg"),
          "image/png", List.of("png"),
          "application/pdf", List.of("pdf"));

  /** Images, PDF and plain text: what a help-desk ticket may carry (a photo, a report, a log). */
  public static final Map<String, List<String>> IMAGES_PDF_TEXT =
      Map.of(
          "image/jpeg", List.of("jpg", "jpeg"),
          "image/png", List.of("png"),
          "application/pdf", List.of("pdf"),
          "text/plain", List.of("txt"));

  public UploadRule {
    types = Map.copyOf(types);
  }

  /** The accepted types, sorted, as messages list them. */
  public String typeList() {
    return String.join(", ", types.keySet().stream().sorted().toList());
  }
}
