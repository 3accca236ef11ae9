package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.files.Upload;
import it.lombardia.irt.application.files.UploadLimits;
import it.lombardia.irt.application.helpdesk.TicketAttachmentView;
import it.lombardia.irt.application.helpdesk.TicketDesk;
import it.lombardia.irt.domain.model.helpdesk.TicketAttachment;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.PartUploads;
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
 * add, checked by the same rule as the API's.
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
    Upload upload = PartUploads.of(file, limits.ticketAttachments());
    file = null;
    if (upload == null) {
      FacesMessages.error("error.upload.empty");
      return;
    }
    if (PageActions.attempt(
        () -> {
          desk.attach(page.getId(), upload.fileName(), upload.declaredType(), upload.content());
          page.show(desk.get(page.getId()));
        },
        "tickets.attachments.added")) {
      attachments = null;
    }
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

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
