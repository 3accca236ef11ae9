package it.lombardia.irt.interfaces.governance;

import it.lombardia.irt.application.governance.KpiFigures;
import it.lombardia.irt.interfaces.shell.CsvTable;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.FileResponses;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's tables as CSV files in the page's language: the same columns and figures as on
 * the page, whole numbers without grouping, percentages with the language's decimal mark.
 */
@ApplicationScoped
public class KpiCsv {

  @Inject Labels labels;

  CsvTable networks(KpiFigures f) {
    CsvTable csv =
        new CsvTable(
            headers(
                "kpi.network",
                "kpi.target",
                "kpi.targetToday",
                "kpi.enrolledActive",
                "kpi.ofToday"));
    f.networks()
        .forEach(
            n ->
                csv.row(
                    List.of(
                        labels.of(n.name()),
                        n.target(),
                        n.targetToday(),
                        n.enrolledActive(),
                        percent(n.enrolledActive(), n.targetToday()))));
    return csv;
  }

  CsvTable ats(KpiFigures f) {
    CsvTable csv =
        new CsvTable(
            headers(
                "kpi.ats", "kpi.target", "kpi.targetToday", "kpi.enrolledActive", "kpi.ofToday"));
    f.ats()
        .forEach(
            a ->
                csv.row(
                    Arrays.asList(
                        a.name(),
                        a.target(),
                        a.targetToday(),
                        a.enrolledActive(),
                        percent(a.enrolledActive(), a.targetToday()))));
    return csv;
  }

  CsvTable tenants(KpiFigures f) {
    CsvTable csv =
        new CsvTable(
            headers(
                "kpi.asst", "kpi.target", "kpi.targetToday", "kpi.enrolledActive", "kpi.ofToday"));
    f.tenants()
        .forEach(
            t ->
                csv.row(
                    List.of(
                        t.name(),
                        t.target(),
                        t.targetToday(),
                        t.enrolledActive(),
                        percent(t.enrolledActive(), t.targetToday()))));
    return csv;
  }

  CsvTable services(KpiFigures f) {
    List<String> header = new ArrayList<>(headers("kpi.asst"));
    for (TelemedicineService s : TelemedicineService.values()) {
      header.add(FacesMessages.text("service." + s.name()));
    }
    CsvTable csv = new CsvTable(header);
    for (KpiFigures.TenantRow t : f.tenants()) {
      List<Object> row = new ArrayList<>();
      row.add(t.name());
      for (TelemedicineService s : TelemedicineService.values()) {
        row.add(t.servicesDelivered().getOrDefault(s, 0L));
      }
      csv.row(row);
    }
    return csv;
  }

  CsvTable curve(KpiFigures f) {
    CsvTable csv = new CsvTable(headers("kpi.year", "kpi.target"));
    f.curve().forEach(p -> csv.row(List.of(p.year(), p.target())));
    return csv;
  }

  void send(CsvTable csv, String fileName) {
    PageActions.attempt(
        () -> {
          try {
            FileResponses.send(csv.bytes(), "text/csv; charset=UTF-8", fileName);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        null);
  }

  private static List<String> headers(String... keys) {
    return Arrays.stream(keys).map(FacesMessages::text).toList();
  }

  /** The share of today's point in the page's language ("12,5" in Italian); empty without one. */
  private static String percent(long active, long today) {
    Double p = KpiDashboardPage.percent(active, today);
    if (p == null) {
      return "";
    }
    NumberFormat format =
        NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    format.setGroupingUsed(false);
    format.setMaximumFractionDigits(1);
    return format.format(p);
  }
}
