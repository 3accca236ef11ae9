package it.lombardia.irt.application.files;

/**
 * An upload that passed {@link UploadCheck}: a safe file name, the type detected from its bytes
 * (which agrees with the declared one), and the bytes.
 */
public record CheckedFile(String fileName, String mediaType, byte[] content) {

  public long size() {
    return content.length;
  }
}
