package it.lombardia.irt.domain.model.supplier;

import java.util.Collection;
import java.util.Optional;

/**
 * Which supplier a ticket goes to: the one holding the most specific rule that matches it. Two
 * suppliers never hold the same rule ({@link #conflict}), and rules of different kinds never weigh
 * the same ({@link ResponsibilityRule#specificity}), so the choice is never a tie.
 */
public final class Responsibility {

  private Responsibility() {}

  public static Optional<Supplier> responsibleFor(
      TicketFacts ticket, Collection<Supplier> suppliers) {
    Supplier best = null;
    int bestWeight = 0;
    for (Supplier supplier : suppliers) {
      for (ResponsibilityRule rule : supplier.getRules()) {
        if (rule.matches(ticket) && rule.specificity() > bestWeight) {
          best = supplier;
          bestWeight = rule.specificity();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A rule of {@code rules} that another of {@code suppliers} (not {@code code}) already holds, if
   * any: the Region must say which of the two is responsible.
   */
  public static Optional<String> conflict(
      String code, Collection<ResponsibilityRule> rules, Collection<Supplier> suppliers) {
    for (Supplier other : suppliers) {
      if (other.getCode().equals(code)) {
        continue;
      }
      for (ResponsibilityRule mine : rules) {
        if (other.getRules().stream().anyMatch(mine::sameAs)) {
          return Optional.of(mine + " is already " + other.getName() + "'s");
        }
      }
    }
    return Optional.empty();
  }
}
