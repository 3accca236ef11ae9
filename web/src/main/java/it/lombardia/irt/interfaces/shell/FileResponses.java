package it.lombardia.irt.interfaces.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers a page's action with a file to download instead of a page. */
public final class FileResponses {

  private FileResponses() {}

  public static void send(byte[] content, String contentType, String fileName) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(content.length);
    external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(fileName));
    external.getResponseOutputStream().write(content);
    faces.responseComplete();
  }
}
