package it.lombardia.irt.interfaces.helpdesk;

import it.lombardia.irt.application.helpdesk.ArticleForm;
import it.lombardia.irt.application.helpdesk.CannedReplyForm;
import it.lombardia.irt.application.helpdesk.KnowledgeBase;
import it.lombardia.irt.domain.model.helpdesk.CannedReply;
import it.lombardia.irt.domain.model.helpdesk.KnowledgeArticle;
import it.lombardia.irt.domain.model.helpdesk.TicketCategory;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The service centre's knowledge base and canned replies, written by its operators: the articles
 * per ticket category in Italian and English, the replies they insert on a ticket's page.
 */
@Named
@ViewScoped
public class KnowledgeBasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KnowledgeBase knowledge;

  private transient List<KnowledgeArticle> articles;
  private transient List<CannedReply> replies;

  private Long articleId;
  private TicketCategory category = TicketCategory.DEVICE;
  private String titleIt;
  private String titleEn;
  private String bodyIt;
  private String bodyEn;

  private Long replyId;
  private String replyLanguage = "it";
  private String replyTitle;
  private String replyText;

  @PostConstruct
  void load() {
    PageActions.attempt(
        () -> {
          articles = knowledge.articles();
          replies = knowledge.cannedReplies();
        },
        null);
  }

  /** Fills the article form with {@code a}, to change it. */
  public void editArticle(KnowledgeArticle a) {
    articleId = a.getId();
    category = a.getCategory();
    titleIt = a.getTitle().it();
    titleEn = a.getTitle().en();
    bodyIt = a.getBody().it();
    bodyEn = a.getBody().en();
  }

  public void saveArticle() {
    if (PageActions.attempt(
        () ->
            knowledge.saveArticle(
                articleId, new ArticleForm(category, titleIt, titleEn, bodyIt, bodyEn)),
        "kb.saved")) {
      clearArticle();
      load();
    }
  }

  public void deleteArticle(long id) {
    if (PageActions.attempt(() -> knowledge.deleteArticle(id), "kb.deleted")) {
      load();
    }
  }

  public void clearArticle() {
    articleId = null;
    category = TicketCategory.DEVICE;
    titleIt = null;
    titleEn = null;
    bodyIt = null;
    bodyEn = null;
  }

  /** Fills the reply form with {@code r}, to change it. */
  public void editReply(CannedReply r) {
    replyId = r.getId();
    replyLanguage = r.getLanguage();
    replyTitle = r.getTitle();
    replyText = r.getText();
  }

  public void saveReply() {
    if (PageActions.attempt(
        () ->
            knowledge.saveCannedReply(
                replyId, new CannedReplyForm(replyLanguage, replyTitle, replyText)),
        "kb.saved")) {
      clearReply();
      load();
    }
  }

  public void deleteReply(long id) {
    if (PageActions.attempt(() -> knowledge.deleteCannedReply(id), "kb.deleted")) {
      load();
    }
  }

  public void clearReply() {
    replyId = null;
    replyLanguage = "it";
    replyTitle = null;
    replyText = null;
  }

  public List<KnowledgeArticle> getArticles() {
    return articles == null ? List.of() : articles;
  }

  public List<CannedReply> getReplies() {
    return replies == null ? List.of() : replies;
  }

  public List<TicketCategory> getCategories() {
    return List.of(TicketCategory.values());
  }

  public List<String> getLanguages() {
    return List.of("it", "en");
  }

  public Long getArticleId() {
    return articleId;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getTitleIt() {
    return titleIt;
  }

  public void setTitleIt(String titleIt) {
    this.titleIt = titleIt;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyIt() {
    return bodyIt;
  }

  public void setBodyIt(String bodyIt) {
    this.bodyIt = bodyIt;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public Long getReplyId() {
    return replyId;
  }

  public String getReplyLanguage() {
    return replyLanguage;
  }

  public void setReplyLanguage(String replyLanguage) {
    this.replyLanguage = replyLanguage;
  }

  public String getReplyTitle() {
    return replyTitle;
  }

  public void setReplyTitle(String replyTitle) {
    this.replyTitle = replyTitle;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }
}
