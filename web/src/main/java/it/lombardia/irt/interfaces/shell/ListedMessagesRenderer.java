package it.lombardia.irt.interfaces.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces messages whose items stay list items: PrimeFaces gives each {@code li} the role {@code
 * alert}, which makes it no list item any more (axe-core "list", WCAG 1.3.1); the container is
 * already announced ({@code aria-live="polite"}), so the role is left out.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutRole(writer), messages, message, severity, escape);
  }

  private static final class WithoutRole extends ResponseWriterWrapper {

    WithoutRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"role".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
