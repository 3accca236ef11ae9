package it.lombardia.irt.interfaces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void writesOneDatasetPerSeriesWithItsValuesInCategoryOrder() {
    String json =
        new BarChart(List.of("30/11/2026", "07/12/2026"))
            .series("Aperti", List.of(3, 5))
            .series("Risolti", List.of(1, 4))
            .json();

    JsonObject config = Json.createReader(new StringReader(json)).readObject();
    assertEquals("bar", config.getString("type"));
    JsonObject data = config.getJsonObject("data");
    assertEquals(
        List.of("30/11/2026", "07/12/2026"),
        data.getJsonArray("labels").getValuesAs((jakarta.json.JsonString s) -> s.getString()));
    var datasets = data.getJsonArray("datasets");
    assertEquals(2, datasets.size());
    assertEquals("Risolti", datasets.getJsonObject(1).getString("label"));
    assertEquals(4, datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).intValue());
    assertFalse(
        datasets
            .getJsonObject(0)
            .getString("backgroundColor")
            .equals(datasets.getJsonObject(1).getString("backgroundColor")),
        "two series, two colours");
  }

  @Test
  void aLabelCannotCloseTheScriptElement() {
    String json = new BarChart(List.of("</script><b>")).series("x", List.of(1)).json();

    assertFalse(json.contains("</"), json);
  }

  @Test
  void refusesASeriesWhoseValuesDoNotMatchTheCategories() {
    BarChart chart = new BarChart(List.of("a", "b"));

    assertThrows(IllegalArgumentException.class, () -> chart.series("x", List.of(1)));
  }
}
