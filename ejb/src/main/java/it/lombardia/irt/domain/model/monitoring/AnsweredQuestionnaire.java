package it.lombardia.irt.domain.model.monitoring;

import it.lombardia.irt.domain.model.shared.JsonListConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.AlarmLevel;
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
import org.hibernate.annotations.Immutable;

/**
 * A plug-in questionnaire a patient or caregiver answered (FHIR {@code QuestionnaireResponse}):
 * patient-generated data, so kept like a measurement — append-only, with who sent it and when, and
 * not copied by Envers. The score and its band are stored as computed on arrival, with the plug-in
 * version that defined them.
 */
@Entity
@Table(name = "answered_questionnaire")
@Immutable
public class AnsweredQuestionnaire extends TenantOwnedEntity {

  /** One item's answer: an option code, or a number for a numeric item. */
  public record Answer(String item, String code, Double number) {}

  /** Stores the answers as one JSON column. */
  public static class AnswersConverter extends JsonListConverter<Answer> {
    public AnswersConverter() {
      super(Answer.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "network_id", nullable = false, updatable = false, length = 60)
  private String networkId;

  @Column(name = "network_version", nullable = false, updatable = false, length = 30)
  private String networkVersion;

  @Column(name = "questionnaire_id", nullable = false, updatable = false, length = 80)
  private String questionnaireId;

  @Convert(converter = AnswersConverter.class)
  @Column(name = "answers_json", nullable = false, updatable = false, length = 8000)
  private List<Answer> answers = new ArrayList<>();

  @Column(nullable = false, updatable = false)
  private int score;

  /** What the score's band means, in Italian, as the plug-in version said it. */
  @Column(name = "band_meaning", updatable = false, length = 400)
  private String bandMeaning;

  @Enumerated(EnumType.STRING)
  @Column(name = "band_level", updatable = false, length = 20)
  private AlarmLevel bandLevel;

  @Column(name = "authored_at", nullable = false, updatable = false)
  private Instant authoredAt;

  @Column(name = "identifier_system", nullable = false, updatable = false, length = 200)
  private String identifierSystem;

  @Column(name = "identifier_value", nullable = false, updatable = false, length = 200)
  private String identifierValue;

  @Column(name = "sent_by", nullable = false, updatable = false, length = 80)
  private String sentBy;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected AnsweredQuestionnaire() {}

  public AnsweredQuestionnaire(
      Long patientId,
      String networkId,
      String networkVersion,
      String questionnaireId,
      QuestionnaireScore scored,
      Instant authoredAt,
      Measurement.Identifier identifier,
      String sentBy,
      Instant receivedAt) {
    this.patientId = patientId;
    this.networkId = networkId;
    this.networkVersion = networkVersion;
    this.questionnaireId = questionnaireId;
    this.answers = new ArrayList<>(scored.answers());
    this.score = scored.score();
    this.bandMeaning = scored.band().map(b -> b.meaning().it()).orElse(null);
    this.bandLevel = scored.band().map(b -> b.level()).orElse(null);
    this.authoredAt = authoredAt;
    this.identifierSystem = identifier.system();
    this.identifierValue = identifier.value();
    this.sentBy = sentBy;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getNetworkId() {
    return networkId;
  }

  public String getNetworkVersion() {
    return networkVersion;
  }

  public String getQuestionnaireId() {
    return questionnaireId;
  }

  public List<Answer> getAnswers() {
    return List.copyOf(answers);
  }

  public int getScore() {
    return score;
  }

  public String getBandMeaning() {
    return bandMeaning;
  }

  public AlarmLevel getBandLevel() {
    return bandLevel;
  }

  public Instant getAuthoredAt() {
    return authoredAt;
  }

  public Measurement.Identifier identifier() {
    return new Measurement.Identifier(identifierSystem, identifierValue);
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
