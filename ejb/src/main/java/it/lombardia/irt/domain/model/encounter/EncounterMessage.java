package it.lombardia.irt.domain.model.encounter;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message of an encounter, never changed: the question and the answers of an asynchronous consult
 * (with documents and images of the record attached), or what a tele-assistance sent the patient —
 * a questionnaire of the network's plug-in or a tutorial.
 */
@Entity
@Table(name = "encounter_message")
public class EncounterMessage extends TenantOwnedEntity {

  public enum Kind {
    QUESTION,
    ANSWER,
    QUESTIONNAIRE,
    TUTORIAL
  }

  public static class DocumentIdsConverter extends JsonListConverter<Long> {
    public DocumentIdsConverter() {
      super(Long.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "encounter_id", nullable = false, updatable = false)
  private Long encounterId;

  @Column(nullable = false, updatable = false, length = 80)
  private String author;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, updatable = false, length = 4000)
  private String body;

  /** A tutorial's address, or the code of a plug-in questionnaire. */
  @Column(updatable = false, length = 500)
  private String link;

  @Convert(converter = DocumentIdsConverter.class)
  @Column(name = "document_ids", nullable = false, updatable = false, length = 500)
  private List<Long> documentIds = new ArrayList<>();

  @Column(name = "posted_at", nullable = false, updatable = false)
  private Instant postedAt;

  protected EncounterMessage() {}

  public EncounterMessage(
      Long encounterId,
      String author,
      Kind kind,
      String body,
      String link,
      List<Long> documentIds,
      Instant postedAt) {
    this.encounterId = encounterId;
    this.author = author;
    this.kind = kind;
    this.body = body;
    this.link = link;
    this.documentIds = new ArrayList<>(documentIds);
    this.postedAt = postedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public String getAuthor() {
    return author;
  }

  public Kind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public List<Long> getDocumentIds() {
    return List.copyOf(documentIds);
  }

  public Instant getPostedAt() {
    return postedAt;
  }
}
