package it.lombardia.irt.domain.model.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The seed's table of the patients each clinical network should take into tele-monitoring (seed 000
 * §6.2; V45 loads it as the Region's targets): a share of the 200,000 proportional to the chronic
 * patients of its main diagnosis in Lombardy.
 */
final class NetworkTargets {

  /** A row of the seed's table: the network, its chronic patients and its target. */
  private record Row(String network, long chronicPatients, long target) {}

  private static final List<Row> LOMBARDIA =
      List.of(
          new Row("cardiology", 634_925, 69_335),
          new Row("diabetes", 351_341, 38_367),
          new Row("neurology", 225_892, 24_668),
          new Row("oncology", 388_643, 42_440),
          new Row("respiratory", 230_674, 25_190));

  private NetworkTargets() {}

  /** Network id → target, as the seed's table gives them (they add up to 200,000). */
  static Map<String, Long> lombardia() {
    return column(Row::target);
  }

  /** The chronic patients of each network's main diagnosis, the targets' weights. */
  static Map<String, Long> chronicPatients() {
    return column(Row::chronicPatients);
  }

  private static Map<String, Long> column(ToLongFunction<Row> value) {
    Map<String, Long> column = new LinkedHashMap<>();
    LOMBARDIA.forEach(r -> column.put(r.network(), value.applyAsLong(r)));
    return column;
  }
}
