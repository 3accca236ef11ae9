package it.lombardia.irt.domain.model.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.lombardia.irt.spi.content.Label;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleMatchTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  private static KnowledgeArticle article(TicketCategory category, String titleIt, String bodyIt) {
    return new KnowledgeArticle("CS-TEST")
        .write(category, Label.of(titleIt, "EN " + titleIt), Label.of(bodyIt, "-"), "op", NOW);
  }

  private static final KnowledgeArticle SCALE =
      article(
          TicketCategory.DEVICE,
          "La bilancia non si accende",
          "Sostituire le pile e controllare il gateway.");
  private static final KnowledgeArticle OXIMETER =
      article(
          TicketCategory.DEVICE, "Saturimetro: errore", "Scaldare le mani, togliere lo smalto.");
  private static final KnowledgeArticle ROUTER =
      article(
          TicketCategory.CONNECTIVITY,
          "Il router non si connette",
          "Riavviare il router; se la bilancia non trasmette, controllare il segnale.");
  private static final List<KnowledgeArticle> ALL = List.of(OXIMETER, ROUTER, SCALE);

  private static List<String> titles(List<KnowledgeArticle> articles) {
    return articles.stream().map(a -> a.getTitle().it()).toList();
  }

  @Test
  void ranksTheCategorysArticlesSharingMoreWordsWithTheSummaryFirst() {
    List<KnowledgeArticle> found =
        ArticleMatch.suggest(ALL, TicketCategory.DEVICE, "La BILANCIA si è spenta: pile?", 5);
    assertEquals(List.of(SCALE.getTitle().it(), OXIMETER.getTitle().it()), titles(found));
  }

  @Test
  void neverSuggestsAnotherCategorysArticleWhenACategoryIsChosen() {
    List<KnowledgeArticle> found =
        ArticleMatch.suggest(ALL, TicketCategory.CONNECTIVITY, "bilancia gateway pile", 5);
    assertEquals(List.of(ROUTER.getTitle().it()), titles(found));
  }

  @Test
  void withoutACategoryOnlyArticlesSharingAWordAreSuggested() {
    List<KnowledgeArticle> found = ArticleMatch.suggest(ALL, null, "bilancia", 5);
    assertEquals(Set.of(SCALE.getTitle().it(), ROUTER.getTitle().it()), Set.copyOf(titles(found)));
    assertTrue(ArticleMatch.suggest(ALL, null, "", 5).isEmpty(), "nothing typed, nothing shown");
  }

  @Test
  void comparesWordsWithoutAccentsCaseAndShortOrCommonWords() {
    assertEquals(
        Set.of("perche", "citta", "bilancia"),
        ArticleMatch.words("Perché la CITTÀ, non bilancia? di"));
  }

  @Test
  void suggestsAtMostTheLimit() {
    assertEquals(1, ArticleMatch.suggest(ALL, TicketCategory.DEVICE, null, 1).size());
  }
}
