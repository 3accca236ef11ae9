package it.lombardia.irt.application.record;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InvalidInputException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.Roles;
import it.lombardia.irt.application.patient.PatientAccessPolicy;
import it.lombardia.irt.application.patient.RecordPart;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.record.EntryArg;
import it.lombardia.irt.domain.model.record.EntryMessage;
import it.lombardia.irt.domain.model.record.EntryText;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.record.TimeSpent;
import it.lombardia.irt.domain.model.shared.Italy;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The home-care record (cartella domiciliare, seed 003 §2.1.4): one timeline per patient of every
 * step of their care, the notes and documents of the care team, and the time each professional
 * spends on them. Readable by whoever may open the record; every read is logged.
 */
@Stateless
public class HomeCareRecord {

  /** Who works with the record (each under the care rule for the part they reach). */
  public static final Roles CARE_TEAM =
      Roles.of(
          Role.PHYSICIAN,
          Role.NURSE,
          Role.HEALTH_PROFESSIONAL,
          Role.COT_OPERATOR,
          Role.ADI_OPERATOR);

  /** How periodic evaluations began when they were notes (before V34). */
  private static final String LEGACY_EVALUATION = "Valutazione periodica del telemonitoraggio: ";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PatientAccessPolicy policy;

  @Inject
  @ConfigProperty(name = "irt.record.max-document-bytes", defaultValue = "10485760")
  long maxDocumentBytes;

  /** Which entries to show: types (empty means all) and an inclusive date range (either open). */
  public record Filter(Set<RecordEntry.Type> types, LocalDate from, LocalDate to) {
    public static Filter all() {
      return new Filter(EnumSet.noneOf(RecordEntry.Type.class), null, null);
    }
  }

  /** Minutes per professional and activity for one patient. */
  public record TimeTotal(String username, TimeSpent.Activity activity, long minutes) {}

  /**
   * Adds an entry on behalf of the caller; used by every service that changes the care. What it
   * says is a message rendered in each reader's language.
   */
  public RecordEntry append(long patientId, RecordEntry.Type type, EntryText text, String ref) {
    return persist(
        new RecordEntry(
            patientId, type, clock.instant(), CallContext.requireActor().name(), text, ref));
  }

  private RecordEntry persist(RecordEntry entry) {
    em.persist(entry);
    return entry;
  }

  public List<RecordEntry> timeline(long patientId, Filter filter) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw InvalidInputException.of(
          "to", "error.record.period", "the end of the period is before its start");
    }
    policy.requireToRead(patientId, RecordPart.CLINICAL, CARE_TEAM);
    StringBuilder jpql = new StringBuilder("select r from RecordEntry r where r.patientId = :p");
    if (!filter.types().isEmpty()) {
      jpql.append(" and r.type in :types");
    }
    if (filter.from() != null) {
      jpql.append(" and r.occurredAt >= :from");
    }
    if (filter.to() != null) {
      jpql.append(" and r.occurredAt < :to");
    }
    var query =
        em.createQuery(
                jpql.append(" order by r.occurredAt desc, r.id desc").toString(), RecordEntry.class)
            .setParameter("p", patientId);
    if (!filter.types().isEmpty()) {
      query.setParameter("types", filter.types());
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from().atStartOfDay(Italy.ZONE).toInstant());
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to().plusDays(1).atStartOfDay(Italy.ZONE).toInstant());
    }
    return query.getResultList();
  }

  /** A clinical note of the care team; never edited (a correction is another note). */
  public RecordEntry addNote(long patientId, String text) {
    String words = noteOfTheCareTeam(patientId, text);
    return persist(
        new RecordEntry(
            patientId,
            RecordEntry.Type.NOTE,
            clock.instant(),
            CallContext.requireActor().name(),
            words,
            null));
  }

  /** A periodic evaluation of the tele-monitoring: a note the monitoring page lists apart. */
  public RecordEntry addEvaluation(long patientId, String text) {
    String words = noteOfTheCareTeam(patientId, text);
    return append(
        patientId, RecordEntry.Type.NOTE, EntryMessage.EVALUATION.with(EntryArg.text(words)), null);
  }

  private String noteOfTheCareTeam(long patientId, String text) {
    policy.requireToChange(patientId, RecordPart.CLINICAL, CARE_TEAM);
    if (text == null || text.isBlank() || text.length() > 4000) {
      throw InvalidInputException.of(
          "text", "error.record.note", "write the note (at most 4000 characters)");
    }
    return text.strip();
  }

  /** The text of a periodic evaluation; empty for any other entry. */
  public static Optional<String> evaluationText(RecordEntry entry) {
    if (entry.getSummary() != null && entry.getSummary().startsWith(LEGACY_EVALUATION)) {
      return Optional.of(entry.getSummary().substring(LEGACY_EVALUATION.length()));
    }
    return entry
        .getText()
        .filter(t -> t.key().equals(EntryMessage.EVALUATION.key()))
        .map(t -> t.args().get(0).value());
  }

  /**
   * Adds a document (PDF, JPEG or PNG by its content, as declared; at most {@code
   * irt.record.max-document-bytes}).
   */
  public PatientDocument addDocument(
      long patientId, String title, String contentType, byte[] content) {
    Actor actor = CallContext.requireActor();
    policy.requireToChange(patientId, RecordPart.CLINICAL, CARE_TEAM);
    if (content == null || content.length == 0 || content.length > maxDocumentBytes) {
      throw InvalidInputException.of(
          "content", "error.document.size", "the file is empty or larger than the limit");
    }
    String type = DocumentTypes.verified(contentType, content);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw InvalidInputException.of(
          "title", "error.document.title", "give the document a title (at most 200 characters)");
    }
    PatientDocument document =
        new PatientDocument(
            patientId, title.trim(), type, content, sha256(content), actor.name(), clock.instant());
    em.persist(document);
    append(
        patientId,
        RecordEntry.Type.DOCUMENT,
        EntryMessage.DOCUMENT_ADDED.with(
            EntryArg.text(document.getTitle()),
            EntryArg.text(type),
            EntryArg.number(kilobytes(content))),
        "document/" + document.getId());
    return document;
  }

  /**
   * Stores a document a patient's link holder sent, already checked ({@link LinkDocuments}); the
   * record says who sent it by the name on the link; the same file from the same link is kept once.
   * Nobody else adds documents this way.
   */
  public PatientDocument addFromLink(long patientId, String title, String type, byte[] content) {
    Actor holder = CallContext.requireActor();
    if (!PatientLink.isHolder(holder.name())) {
      throw new AccessDeniedException("only a patient's link holder sends documents this way");
    }
    String sha256 = sha256(content);
    // the same file sent again by the same link (a second tap, a reloaded page) is kept once
    Optional<PatientDocument> sent =
        em.createQuery(
                "select d from PatientDocument d where d.patientId = :p and d.sha256 = :h"
                    + " and d.uploadedBy = :by",
                PatientDocument.class)
            .setParameter("p", patientId)
            .setParameter("h", sha256)
            .setParameter("by", holder.name())
            .getResultStream()
            .findFirst();
    if (sent.isPresent()) {
      return sent.get();
    }
    PatientDocument document =
        new PatientDocument(
            patientId, title, type, content, sha256, holder.name(), clock.instant());
    em.persist(document);
    append(
        patientId,
        RecordEntry.Type.DOCUMENT,
        EntryMessage.DOCUMENT_FROM_LINK.with(
            EntryArg.text(holder.fullName()),
            EntryArg.text(title),
            EntryArg.text(type),
            EntryArg.number(kilobytes(content))),
        "document/" + document.getId());
    return document;
  }

  private static long kilobytes(byte[] content) {
    return (content.length + 1023) / 1024;
  }

  public List<PatientDocument> documents(long patientId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, CARE_TEAM);
    return em.createQuery(
            "select d from PatientDocument d where d.patientId = :p order by d.id desc",
            PatientDocument.class)
        .setParameter("p", patientId)
        .getResultList();
  }

  public PatientDocument document(long patientId, long documentId) {
    policy.requireToRead(patientId, RecordPart.CLINICAL, CARE_TEAM);
    PatientDocument d = em.find(PatientDocument.class, documentId);
    if (d == null || !d.getPatientId().equals(patientId)) {
      throw new NotFoundException("Document", documentId);
    }
    return d;
  }

  /** Records minutes the caller spent on the patient (seed 003 §2.1.4). */
  public TimeSpent recordTime(
      long patientId, TimeSpent.Activity activity, LocalDate day, int minutes, String note) {
    Actor actor = CallContext.requireActor();
    policy.requireToChange(patientId, RecordPart.PATHWAY, CARE_TEAM);
    if (activity == null) {
      throw InvalidInputException.of("activity", "error.time.activity", "choose the activity");
    }
    if (day == null || day.isAfter(LocalDate.now(clock.withZone(Italy.ZONE)))) {
      throw InvalidInputException.of("day", "error.time.day", "the day cannot be in the future");
    }
    if (minutes < 1 || minutes > 720) {
      throw InvalidInputException.of(
          "minutes", "error.time.minutes", "minutes must be between 1 and 720");
    }
    TimeSpent spent =
        new TimeSpent(
            patientId,
            actor.name(),
            activity,
            day,
            minutes,
            note == null || note.isBlank() ? null : note.trim(),
            clock.instant());
    em.persist(spent);
    return spent;
  }

  /** Total minutes per professional and activity on the patient. */
  public List<TimeTotal> timeSpent(long patientId) {
    policy.requireToRead(patientId, RecordPart.PATHWAY, CARE_TEAM);
    return em.createQuery(
            "select t.username, t.activity, sum(t.minutes) from TimeSpent t where t.patientId = :p"
                + " group by t.username, t.activity order by t.username, t.activity",
            Object[].class)
        .setParameter("p", patientId)
        .getResultStream()
        .map(
            row ->
                new TimeTotal(
                    (String) row[0], (TimeSpent.Activity) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /** One line of the ASST's time report: a professional's minutes on an activity, over patients. */
  public record TimeReportLine(
      String username, TimeSpent.Activity activity, long minutes, long patients) {}

  /**
   * The ASST's time report for a period (inclusive): minutes per professional and activity, and on
   * how many patients — for the ASST's administration, without naming patients.
   */
  public List<TimeReportLine> timeReport(LocalDate from, LocalDate to) {
    Guard.requireAnyRole(Role.TENANT_ADMIN);
    if (from == null || to == null || to.isBefore(from)) {
      throw InvalidInputException.of(
          "to", "error.record.period", "give a period whose end is not before its start");
    }
    return em.createQuery(
            "select t.username, t.activity, sum(t.minutes), count(distinct t.patientId)"
                + " from TimeSpent t where t.spentOn between :from and :to"
                + " group by t.username, t.activity order by t.username, t.activity",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            row ->
                new TimeReportLine(
                    (String) row[0],
                    (TimeSpent.Activity) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()))
        .toList();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
