package it.lombardia.irt.application.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured size limits of uploads, read once (MicroProfile Config). */
@ApplicationScoped
public class UploadLimits {

  @Inject
  @ConfigProperty(name = "irt.attachments.max-bytes", defaultValue = "5242880")
  long attachmentMaxBytes;

  /** A help-desk ticket's attachment ({@code irt.attachments.max-bytes}, 5 MB by default). */
  public UploadRule ticketAttachments() {
    return new UploadRule(UploadRule.IMAGES_PDF_TEXT, attachmentMaxBytes);
  }

  /**
   * The photo of a device a patient or caregiver adds when reporting a problem on their link page:
   * JPEG or PNG only, within the attachments' limit.
   */
  public UploadRule linkPhotos() {
    return new UploadRule(UploadRule.IMAGES, attachmentMaxBytes);
  }

  /**
   * A photo (e.g. of a wound) or a PDF a patient or caregiver sends to the record from their link
   * page (seed 003 §2.1.4): JPEG, PNG or PDF, within the attachments' limit.
   */
  public UploadRule linkDocuments() {
    return new UploadRule(UploadRule.IMAGES_PDF, attachmentMaxBytes);
  }
}
