package it.lombardia.irt.domain.model.helpdesk;

import it.lombardia.irt.spi.content.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An article of a service centre's knowledge base (issue 17 point 9): how to solve one kind of
 * problem of a ticket category, in Italian and English. It belongs to the centre, not to an ASST (a
 * centre serves several): its operators write it, the people of the ASSTs it serves read it while
 * they report a ticket; no other centre sees it.
 */
@Entity
@Table(name = "kb_article")
public class KnowledgeArticle {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_code", nullable = false, updatable = false, length = 40)
  private String centreCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketCategory category;

  @Column(name = "title_it", nullable = false, length = TITLE_MAX)
  private String titleIt;

  @Column(name = "title_en", nullable = false, length = TITLE_MAX)
  private String titleEn;

  @Column(name = "body_it", nullable = false, length = BODY_MAX)
  private String bodyIt;

  @Column(name = "body_en", nullable = false, length = BODY_MAX)
  private String bodyEn;

  @Column(name = "updated_by", nullable = false, length = 80)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected KnowledgeArticle() {}

  public KnowledgeArticle(String centreCode) {
    this.centreCode = centreCode;
  }

  /** Replaces the article's content; the caller has checked presence and lengths. */
  public KnowledgeArticle write(
      TicketCategory category, Label title, Label body, String by, Instant at) {
    this.category = category;
    this.titleIt = title.it();
    this.titleEn = title.en();
    this.bodyIt = body.it();
    this.bodyEn = body.en();
    this.updatedBy = by;
    this.updatedAt = at;
    return this;
  }

  /** Every word the article is found by: its titles and bodies in both languages. */
  public String searchableText() {
    return String.join(" ", titleIt, titleEn, bodyIt, bodyEn);
  }

  public Long getId() {
    return id;
  }

  public String getCentreCode() {
    return centreCode;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public Label getTitle() {
    return Label.of(titleIt, titleEn);
  }

  public Label getBody() {
    return Label.of(bodyIt, bodyEn);
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
