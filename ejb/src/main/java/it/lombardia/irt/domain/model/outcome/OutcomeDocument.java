package it.lombardia.irt.domain.model.outcome;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.JsonListConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The document an encounter ends with: structured fields while it is a draft; final once signed —
 * by its author (referto, annotation) or by every consulted colleague (relazione collaborativa,
 * evaluation report); a draft changed after a sign-off needs the sign-offs again. The final
 * document's PDF is a {@code PatientDocument} of the record.
 */
@Entity
@Table(name = "outcome_document")
@Audited
public class OutcomeDocument extends TenantOwnedEntity {

  public enum Status {
    DRAFT,
    FINAL
  }

  /** A named section of the document and its text. */
  public record Field(String name, String text) {}

  /** A colleague's sign-off. */
  public record SignOff(String username, Instant at) {}

  public static class FieldsConverter extends JsonListConverter<Field> {
    public FieldsConverter() {
      super(Field.class);
    }
  }

  public static class SignOffsConverter extends JsonListConverter<SignOff> {
    public SignOffsConverter() {
      super(SignOff.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "encounter_id", nullable = false, updatable = false)
  private Long encounterId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private OutcomeKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.DRAFT;

  @Convert(converter = FieldsConverter.class)
  @Column(name = "fields_json", nullable = false, length = 60000)
  private List<Field> fields = new ArrayList<>();

  @Column(nullable = false, length = 80)
  private String author;

  @Convert(converter = SignOffsConverter.class)
  @Column(name = "sign_offs_json", nullable = false, length = 4000)
  private List<SignOff> signOffs = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Column(name = "patient_document_id")
  private Long patientDocumentId;

  @Column(nullable = false)
  private boolean signed;

  @Version @NotAudited private long version;

  protected OutcomeDocument() {}

  public OutcomeDocument(
      Long encounterId, Long patientId, OutcomeKind kind, String author, Instant now) {
    this.encounterId = encounterId;
    this.patientId = patientId;
    this.kind = kind;
    this.author = author;
    this.createdAt = now;
  }

  /**
   * Writes the draft's fields (by name, see {@link OutcomeKind#fields()}); earlier sign-offs no
   * longer hold.
   */
  public void write(Map<String, String> values, String by) {
    require(status == Status.DRAFT, "error.outcome.final", "the document is already final");
    List<Field> written = new ArrayList<>();
    for (OutcomeKind.FieldSpec spec : kind.fields()) {
      String text = values == null ? null : values.get(spec.name());
      text = text == null ? "" : text.trim();
      require(
          text.length() <= 20000,
          "error.outcome.tooLong",
          "a section of the document is at most 20000 characters");
      written.add(new Field(spec.name(), text));
    }
    this.fields = written;
    this.author = by;
    this.signOffs = new ArrayList<>();
  }

  /**
   * A sign-off; the document becomes final when it has the sign-offs its kind needs: the author's,
   * or every one of {@code consulted}'s. Returns whether it just became final.
   */
  public boolean signOff(String username, Collection<String> consulted, Instant now) {
    require(status == Status.DRAFT, "error.outcome.final", "the document is already final");
    for (OutcomeKind.FieldSpec spec : kind.fields()) {
      require(
          !spec.required() || !text(spec.name()).isBlank(),
          "error.outcome.required",
          "fill in the required sections of the document before signing it");
    }
    if (kind.signedByConsulted()) {
      require(
          consulted.contains(username),
          "error.outcome.consultedOnly",
          "the consulted colleagues sign this report off");
    } else {
      require(
          username.equals(author),
          "error.outcome.authorOnly",
          "the author signs the document, after writing it");
    }
    if (signOffs.stream().noneMatch(s -> s.username().equals(username))) {
      signOffs.add(new SignOff(username, now));
    }
    boolean complete =
        !kind.signedByConsulted()
            || consulted.stream()
                .allMatch(c -> signOffs.stream().anyMatch(s -> s.username().equals(c)));
    if (complete) {
      status = Status.FINAL;
      finalisedAt = now;
    }
    return complete;
  }

  /** The PDF rendered from the final document, in the record; {@code signed} when PAdES-signed. */
  public void renderedAs(Long patientDocumentId, boolean signed) {
    this.patientDocumentId = patientDocumentId;
    this.signed = signed;
  }

  public String text(String fieldName) {
    return fields.stream()
        .filter(f -> f.name().equals(fieldName))
        .map(Field::text)
        .findFirst()
        .orElse("");
  }

  public Long getId() {
    return id;
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public OutcomeKind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public List<Field> getFields() {
    return List.copyOf(fields);
  }

  public String getAuthor() {
    return author;
  }

  public List<SignOff> getSignOffs() {
    return List.copyOf(signOffs);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinalisedAt() {
    return finalisedAt;
  }

  public Long getPatientDocumentId() {
    return patientDocumentId;
  }

  public boolean isSigned() {
    return signed;
  }
}
