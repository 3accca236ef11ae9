package it.lombardia.irt.application.files;

/**
 * A file as a person sent it, not yet checked: the name and type their browser or client gave, and
 * the bytes (read with {@link UploadCheck#readAtMost}). {@link UploadCheck#check} judges it.
 */
public record Upload(String fileName, String declaredType, byte[] content) {

  /** The file checked against {@code rule}. */
  public CheckedFile checkedBy(UploadRule rule) {
    return UploadCheck.check(rule, fileName, declaredType, content);
  }
}
