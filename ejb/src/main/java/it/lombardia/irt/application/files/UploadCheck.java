package it.lombardia.irt.application.files;

import it.lombardia.irt.application.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Checks an upload against its {@link UploadRule} before anything is stored: not empty, within the
 * size limit, of an accepted type <em>as detected from its bytes</em> ({@link FileTypes}), that
 * type the one the client declared, and a file name that is safe to hand back in a download. A file
 * served under a false type (an executable as a PNG) would reach its readers as what it is not, so
 * a disagreement is refused rather than corrected.
 */
public final class UploadCheck {

  static final int NAME_MAX = 200;

  private UploadCheck() {}

  /** The checked file, or {@link InvalidInputException} (400) naming what is wrong. */
  public static CheckedFile check(
      UploadRule rule, String fileName, String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw problem("content", "error.upload.empty", "the file is empty", List.of());
    }
    if (content.length > rule.maxBytes()) {
      throw problem(
          "content",
          "error.upload.size",
          "the file is larger than the limit of " + rule.maxBytes() + " bytes",
          List.of(rule.maxBytes() / 1024));
    }
    String declared = baseType(declaredType);
    String detected = FileTypes.detect(content);
    if (!rule.types().containsKey(detected)) {
      throw problem(
          "contentType",
          "error.upload.type",
          "the file is " + detected + "; accepted: " + rule.typeList(),
          List.of(detected, rule.typeList()));
    }
    if (!detected.equals(declared)) {
      throw problem(
          "contentType",
          "error.upload.mismatch",
          "the file is "
              + detected
              + ", not "
              + (declared.isEmpty() ? "?" : declared)
              + " as declared",
          List.of(detected, declared.isEmpty() ? "?" : declared));
    }
    return new CheckedFile(safeName(fileName, rule.types().get(detected)), detected, content);
  }

  /**
   * Reads at most {@code maxBytes + 1} bytes, so an oversize body is refused by {@link #check}
   * without being held in memory whole.
   */
  public static byte[] readAtMost(InputStream in, long maxBytes) {
    try (in) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The name without any folder, control or quoting characters; its extension must be one of the
   * detected type's ({@code photo.exe} holding a PNG is refused), and a name without one gets it.
   */
  static String safeName(String fileName, List<String> extensions) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\";]", "").strip();
    if (name.isEmpty() || name.length() > NAME_MAX || name.startsWith(".")) {
      throw problem(
          "name",
          "error.upload.name",
          "name the file (at most " + NAME_MAX + " characters)",
          List.of(NAME_MAX));
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (dot < 0) {
      return name + "." + extensions.get(0);
    }
    if (!extensions.contains(extension)) {
      throw problem(
          "name",
          "error.upload.extension",
          "a ." + extension + " name does not fit the file's content; use ." + extensions.get(0),
          List.of(extension, extensions.get(0)));
    }
    return name;
  }

  private static String baseType(String declaredType) {
    return declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static InvalidInputException problem(
      String field, String key, String message, List<Object> args) {
    return new InvalidInputException(
        List.of(new InvalidInputException.Problem(field, key, message, args)));
  }
}
