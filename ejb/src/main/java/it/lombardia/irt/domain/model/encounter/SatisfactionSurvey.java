package it.lombardia.irt.domain.model.encounter;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The satisfaction questionnaire offered to the patient after an encounter (seed 000 §7: the
 * patients' satisfaction is one of the KPIs). Anonymous in the KPIs: it keeps the service and the
 * scores, answered once, through the patient's personal link of the encounter, until it expires.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey extends TenantOwnedEntity {

  /** The questions, each scored 1 (not at all) to 5 (very much); the bundles word them. */
  public enum Question {
    EASE_OF_CONNECTION,
    AUDIO_VIDEO_QUALITY,
    CLARITY,
    TIME_GIVEN,
    WOULD_USE_AGAIN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "encounter_id", nullable = false, updatable = false)
  private Long encounterId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private TelemedicineService service;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** One score per question, in the order of {@link Question}, comma separated. */
  @Column(length = 100)
  private String scores;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  protected SatisfactionSurvey() {}

  public SatisfactionSurvey(
      Long encounterId, TelemedicineService service, Instant expiresAt, Instant createdAt) {
    this.encounterId = encounterId;
    this.service = service;
    this.expiresAt = expiresAt;
    this.createdAt = createdAt;
  }

  /** Records the answers: a score from 1 to 5 for every question, and an optional comment. */
  public void answer(List<Integer> answers, String comment, Instant now) {
    require(answeredAt == null, "error.survey.answered", "the questionnaire was already answered");
    require(now.isBefore(expiresAt), "error.survey.expired", "the questionnaire link has expired");
    require(
        answers != null
            && answers.size() == Question.values().length
            && answers.stream().allMatch(a -> a != null && a >= 1 && a <= 5),
        "error.survey.scores",
        "give every question a score from 1 to 5");
    require(
        comment == null || comment.length() <= 2000,
        "error.survey.comment",
        "the comment is at most 2000 characters");
    this.scores = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    this.answeredAt = now;
  }

  public boolean isOpenAt(Instant now) {
    return answeredAt == null && now.isBefore(expiresAt);
  }

  /** The scores in the order of {@link Question}; empty until answered. */
  public List<Integer> scoreList() {
    return scores == null
        ? List.of()
        : Arrays.stream(scores.split(",")).map(Integer::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public Long getEncounterId() {
    return encounterId;
  }

  public TelemedicineService getService() {
    return service;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getComment() {
    return comment;
  }
}
