package it.lombardia.irt.interfaces.rest;

import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.record.HomeCareRecord;
import it.lombardia.irt.application.user.UserDirectory;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.record.TimeSpent;
import it.lombardia.irt.interfaces.patients.RecordEntryText;
import it.lombardia.irt.interfaces.patients.RecordPdf;
import it.lombardia.irt.interfaces.rest.dto.RecordEntryJson;
import it.lombardia.irt.interfaces.rest.dto.TimeSpentJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The home-care record: timeline (filter by type and period), PDF export, notes, documents and time
 * spent by each professional.
 */
@Tag(
    name = "Home-care record",
    description =
        "Cartella domiciliare del paziente: diario filtrabile per tipo e periodo, esportazione PDF, note, documenti e tempo dedicato da ogni professionista. — The patient's home-care record: timeline by type and period, PDF export, notes, documents and time spent by each professional.")
@Path("records/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {

  @Inject HomeCareRecord record;
  @Inject RecordPdf pdfs;
  @Inject PatientAccessPolicy policy;
  @Inject UserDirectory directory;

  /** A document as the API lists it (the content is fetched separately). */
  public record DocumentJson(
      long id,
      String title,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    static DocumentJson of(PatientDocument d) {
      return new DocumentJson(
          d.getId(),
          d.getTitle(),
          d.getContentType(),
          d.getSizeBytes(),
          d.getSha256(),
          d.getUploadedBy(),
          d.getUploadedAt());
    }
  }

  /** Body of a note. */
  public record Note(String text) {}

  /** Body of a time entry. */
  public record TimeEntry(TimeSpent.Activity activity, LocalDate day, int minutes, String note) {}

  @GET
  public List<RecordEntryJson> timeline(
      @PathParam("id") long id,
      @QueryParam("type") List<RecordEntry.Type> types,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    RecordEntryText text = new RecordEntryText(locale(lang), directory::nameOf);
    return record.timeline(id, filter(types, from, to)).stream()
        .map(e -> RecordEntryJson.of(e, text.summary(e)))
        .toList();
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("id") long id,
      @QueryParam("type") List<RecordEntry.Type> types,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    HomeCareRecord.Filter filter = filter(types, from, to);
    List<RecordEntry> entries = record.timeline(id, filter);
    byte[] pdf = pdfs.render(policy.find(id), entries, filter, locale(lang));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"cartella-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response note(@PathParam("id") long id, Note body) {
    return Response.status(Response.Status.CREATED)
        .entity(note(record.addNote(id, body == null ? null : body.text())))
        .build();
  }

  @POST
  @Path("documents")
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("title") String title,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content) {
    return Response.status(Response.Status.CREATED)
        .entity(DocumentJson.of(record.addDocument(id, title, contentType, content)))
        .build();
  }

  @GET
  @Path("documents")
  public List<DocumentJson> documents(@PathParam("id") long id) {
    return record.documents(id).stream().map(DocumentJson::of).toList();
  }

  @GET
  @Path("documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    PatientDocument d = record.document(id, documentId);
    // Never shown inline: a browser saves it rather than rendering it in IRT's origin.
    return Response.ok(d.getContent(), d.getContentType())
        .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
        .build();
  }

  @POST
  @Path("time")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response time(@PathParam("id") long id, TimeEntry body) {
    TimeEntry t = body == null ? new TimeEntry(null, null, 0, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(
            TimeSpentJson.of(record.recordTime(id, t.activity(), t.day(), t.minutes(), t.note())))
        .build();
  }

  @GET
  @Path("time")
  public List<HomeCareRecord.TimeTotal> timeSpent(@PathParam("id") long id) {
    return record.timeSpent(id);
  }

  /** A note reads as its own words in any language. */
  private static RecordEntryJson note(RecordEntry entry) {
    return RecordEntryJson.of(entry, entry.getSummary());
  }

  /** The language of the entries: English on request ({@code lang=en}), Italian otherwise. */
  private static Locale locale(String lang) {
    return Locale.forLanguageTag("en".equals(lang) ? "en" : "it");
  }

  private static HomeCareRecord.Filter filter(
      List<RecordEntry.Type> types, String from, String to) {
    EnumSet<RecordEntry.Type> set = EnumSet.noneOf(RecordEntry.Type.class);
    if (types != null) {
      set.addAll(types);
    }
    return new HomeCareRecord.Filter(
        set, ReportsResource.date("from", from), ReportsResource.date("to", to));
  }
}
