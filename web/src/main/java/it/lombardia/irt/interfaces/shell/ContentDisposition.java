package it.lombardia.irt.interfaces.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: always {@code attachment} (a browser saves the
 * file rather than rendering it in IRT's origin), with the name in plain ASCII for old clients and
 * in UTF-8 (RFC 6266 / 5987) for the others, so that "relazione_perché.pdf" keeps its accent.
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "").replace("\\", "");
    String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
