package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Downloads a document of the patient's record from a page (the read is logged). */
@Named
@RequestScoped
public class DocumentDownload {

  @Inject HomeCareRecord record;

  public void send(long patientId, long documentId) {
    PageActions.attempt(
        () -> {
          PatientDocument d = record.document(patientId, documentId);
          try {
            FileResponses.send(d.getContent(), d.getContentType(), d.fileName());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        null);
  }
}
