package it.lombardia.irt.domain.model.record;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One event of the home-care record (cartella domiciliare): what happened to the patient, when and
 * by whom. Entries are appended, never changed — a correction is a new entry — so the row itself is
 * the audit trail.
 *
 * <p>What an entry says is either words somebody wrote ({@code summary}: a note, and every entry
 * written before V34, which keeps its Italian sentence) or an {@link EntryText} IRT wrote (a bundle
 * key and its arguments), rendered in each reader's language.
 */
@Entity
@Table(name = "record_entry")
public class RecordEntry extends TenantOwnedEntity {

  /** What the entry is about; the record can be filtered by it. */
  public enum Type {
    ENROLMENT,
    SUITABILITY,
    CONSENT,
    UVM,
    PLAN,
    NOTE,
    DOCUMENT,
    ENCOUNTER,
    REPORT,
    MEASUREMENTS,
    ALARM
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, updatable = false, length = 30)
  private Type type;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 80)
  private String author;

  @Column(updatable = false, length = 4000)
  private String summary;

  @Column(name = "message_key", updatable = false, length = 80)
  private String messageKey;

  /** The {@link EntryText}'s arguments as JSON. */
  @Column(name = "message_args", updatable = false, length = 100000)
  private String messageArgs;

  /** What the entry points at, e.g. {@code enrolment/12} or {@code document/7}. */
  @Column(updatable = false, length = 100)
  private String reference;

  protected RecordEntry() {}

  public RecordEntry(
      Long patientId,
      Type type,
      Instant occurredAt,
      String author,
      String summary,
      String reference) {
    this.patientId = patientId;
    this.type = type;
    this.occurredAt = occurredAt;
    this.author = author;
    this.summary = summary.length() > 4000 ? summary.substring(0, 4000) : summary;
    this.reference = reference;
  }

  public RecordEntry(
      Long patientId,
      Type type,
      Instant occurredAt,
      String author,
      EntryText text,
      String reference) {
    this.patientId = patientId;
    this.type = type;
    this.occurredAt = occurredAt;
    this.author = author;
    this.messageKey = text.key();
    this.messageArgs = Json.JSONB.toJson(text);
    this.reference = reference;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Type getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getAuthor() {
    return author;
  }

  /** The words somebody wrote; null for an entry IRT wrote as an {@link #getText() EntryText}. */
  public String getSummary() {
    return summary;
  }

  /** What IRT wrote, to render in the reader's language; empty for words somebody wrote. */
  public Optional<EntryText> getText() {
    return messageArgs == null
        ? Optional.empty()
        : Optional.of(Json.JSONB.fromJson(messageArgs, EntryText.class));
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getReference() {
    return reference;
  }

  /** Made on first use: an entry of words somebody wrote needs no JSON binding. */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
