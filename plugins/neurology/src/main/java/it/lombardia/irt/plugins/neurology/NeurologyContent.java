package it.lombardia.irt.plugins.neurology;

import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Questionnaire.Option;
import it.lombardia.irt.spi.content.TariffHypothesis;
import it.lombardia.irt.spi.content.TelemedicineService;
import java.math.BigDecimal;
import java.util.List;

/** Small builders the neurology content shares. */
final class NeurologyContent {

  private NeurologyContent() {}

  static Label l(String it, String en) {
    return Label.of(it, en);
  }

  static Option opt(String code, String it, String en, int score) {
    return new Option(code, l(it, en), score);
  }

  static List<Option> yesNo(int yesScore) {
    return List.of(opt("no", "No", "No", 0), opt("yes", "Sì", "Yes", yesScore));
  }

  static TariffHypothesis tariff(TelemedicineService service, String euro, String it, String en) {
    return new TariffHypothesis(
        service,
        new BigDecimal(euro),
        l(
            "Ipotesi tariffaria, " + it + " (da validare)",
            "Tariff hypothesis, " + en + " (to be validated)"));
  }
}
