package it.lombardia.irt.domain.model.helpdesk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles to suggest while a ticket is written: those of its category, the ones sharing more
 * words with what the requester typed first; without a category, only articles sharing a word.
 * Whole words of three letters or more are compared, without case and accents, common short Italian
 * and English words left out.
 */
public final class ArticleMatch {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "che", "non", "per", "con", "del", "della", "dei", "delle", "una", "uno", "gli", "alla",
          "nel", "nella", "sul", "sulla", "the", "and", "not", "for", "with", "does", "from", "mio",
          "mia", "suo", "sua", "piu");

  private ArticleMatch() {}

  /**
   * At most {@code limit} articles for {@code category} (may be null) and the typed {@code text}.
   */
  public static List<KnowledgeArticle> suggest(
      List<KnowledgeArticle> articles, TicketCategory category, String text, int limit) {
    Set<String> typed = words(text);
    return articles.stream()
        .filter(a -> category == null || a.getCategory() == category)
        .map(a -> new Scored(a, shared(typed, a)))
        .filter(s -> category != null || s.score() > 0)
        .sorted(
            Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.article().getTitle().it()))
        .limit(limit)
        .map(Scored::article)
        .toList();
  }

  private record Scored(KnowledgeArticle article, int score) {}

  private static int shared(Set<String> typed, KnowledgeArticle article) {
    if (typed.isEmpty()) {
      return 0;
    }
    Set<String> own = words(article.searchableText());
    return (int) typed.stream().filter(own::contains).count();
  }

  /** The words of {@code text} that mean something: lower case, no accents, 3 letters or more. */
  static Set<String> words(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    String plain =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
        .collect(Collectors.toSet());
  }
}
