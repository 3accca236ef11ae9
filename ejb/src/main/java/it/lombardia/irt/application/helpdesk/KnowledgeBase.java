package it.lombardia.irt.application.helpdesk;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.Actor;
import it.lombardia.irt.application.Guard;
import it.lombardia.irt.application.InputValidator;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.domain.model.helpdesk.ArticleMatch;
import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.domain.model.helpdesk.ServiceCentre;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.spi.content.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A service centre's knowledge base and canned replies (issue 17 point 9). The centre's operators
 * write both; the people of the ASSTs the centre serves read its articles while they report a
 * ticket and on the ticket's page. A centre never sees another centre's articles or replies: one
 * that is not the caller's centre's answers like one that does not exist.
 */
@Stateless
public class KnowledgeBase {

  /** Suggestions shown at most while a ticket is written. */
  static final int SUGGESTIONS = 5;

  @PersistenceContext EntityManager em;
  @Inject TicketReach reach;
  @Inject InputValidator validator;
  @Inject Clock clock;

  /**
   * The articles to suggest for a ticket of {@code category} (may be null) whose summary reads
   * {@code text}: from the caller's centre for an operator, else from the centre serving the
   * caller's ASST (none when no centre serves it).
   */
  public List<KnowledgeArticle> suggestions(TicketCategory category, String text) {
    Actor actor = Guard.requireAnyRole(TicketDesk.STAFF);
    return readableCentre(actor)
        .map(code -> ArticleMatch.suggest(articlesOf(code), category, text, SUGGESTIONS))
        .orElse(List.of());
  }

  /** As {@link #suggestions(TicketCategory, String)}, the category by name (unknown: 400). */
  public List<KnowledgeArticle> suggestions(String category, String text) {
    return suggestions(TicketDesk.parse(TicketCategory.class, "category", category), text);
  }

  /**
   * One article the caller may read (see {@link #suggestions(TicketCategory, String)}); else 404.
   */
  public KnowledgeArticle article(long id) {
    Actor actor = Guard.requireAnyRole(TicketDesk.STAFF);
    KnowledgeArticle article = em.find(KnowledgeArticle.class, id);
    if (article == null
        || !readableCentre(actor).map(article.getCentreCode()::equals).orElse(false)) {
      throw new NotFoundException("Article", id);
    }
    return article;
  }

  /** Every article of the operator's centre, by category and title. */
  public List<KnowledgeArticle> articles() {
    return articlesOf(ownCentre());
  }

  /** A new article of the operator's centre, or a change of one of its articles ({@code id}). */
  public KnowledgeArticle saveArticle(Long id, ArticleForm form) {
    String centre = ownCentre();
    validator.check(form);
    KnowledgeArticle article = id == null ? new KnowledgeArticle(centre) : ownArticle(id, centre);
    article.write(
        form.category(),
        Label.of(form.titleIt().trim(), form.titleEn().trim()),
        Label.of(form.bodyIt().trim(), form.bodyEn().trim()),
        CallContext.requireActor().name(),
        clock.instant());
    if (id == null) {
      em.persist(article);
    }
    return article;
  }

  public void deleteArticle(long id) {
    em.remove(ownArticle(id, ownCentre()));
  }

  /** The canned replies of the operator's centre, by language and title. */
  public List<CannedReply> cannedReplies() {
    return em.createQuery(
            "select r from CannedReply r where r.centreCode = :c order by r.language, r.title",
            CannedReply.class)
        .setParameter("c", ownCentre())
        .getResultList();
  }

  /** A new canned reply of the operator's centre, or a change of one of its replies. */
  public CannedReply saveCannedReply(Long id, CannedReplyForm form) {
    String centre = ownCentre();
    validator.check(form);
    CannedReply reply = id == null ? new CannedReply(centre) : ownReply(id, centre);
    reply.write(
        form.language(),
        form.title().trim(),
        form.text().trim(),
        CallContext.requireActor().name(),
        clock.instant());
    if (id == null) {
      em.persist(reply);
    }
    return reply;
  }

  public void deleteCannedReply(long id) {
    em.remove(ownReply(id, ownCentre()));
  }

  private List<KnowledgeArticle> articlesOf(String centre) {
    return em.createQuery(
            "select a from KnowledgeArticle a where a.centreCode = :c"
                + " order by a.category, a.titleIt",
            KnowledgeArticle.class)
        .setParameter("c", centre)
        .getResultList();
  }

  private KnowledgeArticle ownArticle(long id, String centre) {
    KnowledgeArticle article = em.find(KnowledgeArticle.class, id);
    if (article == null || !article.getCentreCode().equals(centre)) {
      throw new NotFoundException("Article", id);
    }
    return article;
  }

  private CannedReply ownReply(long id, String centre) {
    CannedReply reply = em.find(CannedReply.class, id);
    if (reply == null || !reply.getCentreCode().equals(centre)) {
      throw new NotFoundException("CannedReply", id);
    }
    return reply;
  }

  /** The code of the centre the caller operates; only its operators write its knowledge. */
  private String ownCentre() {
    Actor actor = Guard.requireAnyRole(Role.HELPDESK);
    return reach
        .centreOf(actor)
        .map(TicketReach.Centre::code)
        .orElseThrow(
            () -> new AccessDeniedException(actor.name() + " is no operator of a service centre"));
  }

  /** The centre whose articles the caller reads: their own as operator, else their ASST's. */
  private Optional<String> readableCentre(Actor actor) {
    Optional<TicketReach.Centre> own = reach.centreOf(actor);
    if (own.isPresent()) {
      return own.map(TicketReach.Centre::code);
    }
    return em.createQuery(
            "select c from ServiceCentre c join c.servedTenants t where t = :t",
            ServiceCentre.class)
        .setParameter("t", actor.tenantCode())
        .getResultStream()
        .findFirst()
        .map(ServiceCentre::getCode);
  }
}
