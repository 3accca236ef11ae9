package it.lombardia.irt.domain.model.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reply a service centre's operators write often ("risposta predefinita"), inserted into a
 * ticket's reply and edited there before it is sent. Written in one language (the requester's);
 * owned by the centre, seen by its operators only.
 */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

  public static final int TITLE_MAX = 120;
  public static final int TEXT_MAX = TicketEntry.TEXT_MAX;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_code", nullable = false, updatable = false, length = 40)
  private String centreCode;

  /** {@code it} or {@code en}. */
  @Column(name = "lang", nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "reply_text", nullable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "updated_by", nullable = false, length = 80)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CannedReply() {}

  public CannedReply(String centreCode) {
    this.centreCode = centreCode;
  }

  /** Replaces the reply's content; the caller has checked presence and lengths. */
  public CannedReply write(String language, String title, String text, String by, Instant at) {
    this.language = language;
    this.title = title;
    this.text = text;
    this.updatedBy = by;
    this.updatedAt = at;
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getCentreCode() {
    return centreCode;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
