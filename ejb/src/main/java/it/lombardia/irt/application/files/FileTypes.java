package it.lombardia.irt.application.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * A file's real media type, detected from its own bytes with Apache Tika's magic numbers (never
 * from its name or the type a client declares, which are only claims).
 */
public final class FileTypes {

  private static final MimeTypes MAGIC =
      MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());

  private FileTypes() {}

  /** The base type, e.g. {@code image/png}; {@code application/octet-stream} when unknown. */
  public static String detect(byte[] content) {
    try {
      return MAGIC
          .detect(new ByteArrayInputStream(content), new Metadata())
          .getBaseType()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
