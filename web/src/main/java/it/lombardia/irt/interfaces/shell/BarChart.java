package it.lombardia.irt.interfaces.shell;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart as the Chart.js configuration PrimeFaces' {@code <p:chart>} draws: categories along
 * the x axis, one coloured series per measure, whole numbers on the y axis. Every chart sits beside
 * the table of its figures, which is what screen readers and exports use.
 */
public final class BarChart {

  /**
   * Colours that keep a 3:1 contrast on white (WCAG 1.4.11) and stay apart for colour blindness.
   */
  private static final String[] COLOURS = {"#1f5f99", "#b35900", "#2e7d32", "#6a1b9a"};

  private final List<String> categories;
  private final List<Series> series = new ArrayList<>();

  private record Series(String label, List<? extends Number> values) {}

  public BarChart(List<String> categories) {
    this.categories = List.copyOf(categories);
  }

  /** Adds a series, one value per category. */
  public BarChart series(String label, List<? extends Number> values) {
    if (values.size() != categories.size()) {
      throw new IllegalArgumentException(
          label + ": " + values.size() + " values for " + categories.size() + " categories");
    }
    series.add(new Series(label, values));
    return this;
  }

  /** The configuration for {@code <p:chart value>}. */
  public String json() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    categories.forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.values().forEach(v -> data.add(v.doubleValue()));
      String colour = COLOURS[i % COLOURS.length];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString()
        // a label cannot close the script element the configuration is written in
        .replace("</", "<\\/");
  }
}
