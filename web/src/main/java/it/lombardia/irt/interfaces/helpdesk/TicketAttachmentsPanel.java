package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.files.UploadCheck;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.application.helpdesk.TicketAttachmentView;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.domain.model.helpdesk.TicketAttachment;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The attachments of a ticket's page: the files (name, size, who, when) to download, and one to
 * add, checked by the same rule as the API's ({@link UploadCheck}).
 */
@Named
@ViewScoped
public class TicketAttachmentsPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketDesk desk;
  @Inject TicketPage page;
  @Inject UploadLimits limits;

  private transient List<TicketAttachmentView> attachments;
  private transient Part file;

  public List<TicketAttachmentView> getAttachments() {
    if (attachments == null) {
      attachments = List.of();
      PageActions.attempt(() -> attachments = desk.attachments(page.getId()), null);
    }
    return attachments;
  }

  /** The largest file accepted, in MB, for the hint under the field. */
  public long getMaxMegabytes() {
    return Math.max(1, limits.ticketAttachments().maxBytes() / (1024 * 1024));
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      FacesMessages.error("error.upload.empty");
      return;
    }
    Part uploaded = file;
    if (PageActions.attempt(
        () -> {
          desk.attach(
              page.getId(),
              uploaded.getSubmittedFileName(),
              uploaded.getContentType(),
              read(uploaded));
          page.show(desk.get(page.getId()));
        },
        "tickets.attachments.added")) {
      attachments = null;
    }
    file = null;
  }

  public void download(long attachmentId) {
    PageActions.attempt(
        () -> {
          TicketAttachment a = desk.attachment(page.getId(), attachmentId);
          try {
            FileResponses.send(a.getContent(), a.getMediaType(), a.getFileName());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        null);
  }

  private byte[] read(Part part) {
    try {
      return UploadCheck.readAtMost(part.getInputStream(), limits.ticketAttachments().maxBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
