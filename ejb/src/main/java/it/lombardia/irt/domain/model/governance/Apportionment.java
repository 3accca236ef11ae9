package it.lombardia.irt.domain.model.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole target among parts in proportion to their weights (an ASST's population, a
 * network's patients) so that the parts add up to the target exactly: each gets the whole part of
 * its share, and the units left go to the largest remainders (Hamilton's method), ties to the first
 * named. Without any weight the target is split evenly.
 */
public final class Apportionment {

  private Apportionment() {}

  /** {@code total} split over the keys of {@code weights} (none negative), in their order. */
  public static <K> Map<K, Long> split(long total, Map<K, Long> weights) {
    if (total < 0) {
      throw new IllegalArgumentException("a target is never negative: " + total);
    }
    if (weights.values().stream().anyMatch(w -> w < 0)) {
      throw new IllegalArgumentException("a weight is never negative: " + weights);
    }
    Map<K, Long> result = new LinkedHashMap<>();
    if (weights.isEmpty()) {
      return result;
    }
    long sum = weights.values().stream().mapToLong(Long::longValue).sum();
    record Share<K>(K key, int order, long whole, long remainder) {}
    List<Share<K>> shares = new ArrayList<>();
    int order = 0;
    long given = 0;
    for (Map.Entry<K, Long> w : weights.entrySet()) {
      long weight = sum == 0 ? 1 : w.getValue();
      long of = sum == 0 ? weights.size() : sum;
      // exact integer arithmetic: total × weight fits a long for regional figures
      long whole = Math.multiplyExact(total, weight) / of;
      long remainder = Math.multiplyExact(total, weight) % of;
      shares.add(new Share<>(w.getKey(), order++, whole, remainder));
      given += whole;
    }
    List<Share<K>> byRemainder = new ArrayList<>(shares);
    byRemainder.sort(
        Comparator.comparingLong((Share<K> s) -> s.remainder())
            .reversed()
            .thenComparingInt(Share::order));
    Map<K, Long> extra = new LinkedHashMap<>();
    for (int i = 0; i < total - given; i++) {
      extra.merge(byRemainder.get(i).key(), 1L, Long::sum);
    }
    for (Share<K> s : shares) {
      result.put(s.key(), s.whole() + extra.getOrDefault(s.key(), 0L));
    }
    return result;
  }
}
