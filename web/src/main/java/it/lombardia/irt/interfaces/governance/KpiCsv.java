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
import java.util.function.Function;

/**
 * The dashboard's tables as CSV files in the page's language: the same columns and figures as on
 * the page, whole numbers without grouping, percentages with the language's decimal mark.
 */
@ApplicationScoped
public class KpiCsv {

  @Inject Labels labels;

  CsvTable networks(KpiFigures f) {
    return shares(
        "kpi.network",
        f.networks(),
        n -> labels.of(n.name()),
        n -> new long[] {n.target(), n.targetToday(), n.enrolledActive()});
  }

  CsvTable ats(KpiFigures f) {
    return shares(
        "kpi.ats",
        f.ats(),
        KpiFigures.AtsRow::name,
        a -> new long[] {a.target(), a.targetToday(), a.enrolledActive()});
  }

  CsvTable tenants(KpiFigures f) {
    return shares(
        "kpi.asst",
        f.tenants(),
        KpiFigures.TenantRow::name,
        t -> new long[] {t.target(), t.targetToday(), t.enrolledActive()});
  }

  /** Rows of a target, today's point and the active patients, with the share of today's. */
  private static <R> CsvTable shares(
      String nameHeader, List<R> rows, Function<R, String> name, Function<R, long[]> figures) {
    CsvTable csv =
        new CsvTable(
            headers(
                nameHeader, "kpi.target", "kpi.targetToday", "kpi.enrolledActive", "kpi.ofToday"));
    for (R r : rows) {
      long[] v = figures.apply(r);
      csv.row(Arrays.asList(name.apply(r), v[0], v[1], v[2], percent(v[2], v[1])));
    }
    return csv;
  }

  CsvTable operations(KpiFigures f) {
    CsvTable csv =
        new CsvTable(
            headers(
                "kpi.asst",
                "kpi.devicesAtHome",
                "kpi.devicesInStock",
                "kpi.devicesFaulty",
                "kpi.workstationsActive",
                "kpi.workstationsToActivate"));
    f.operations()
        .forEach(
            o ->
                csv.row(
                    List.of(
                        o.name(),
                        o.devicesAtHome(),
                        o.devicesInStock(),
                        o.devicesFaulty(),
                        o.workstationsActive(),
                        o.workstationsToActivate())));
    return csv;
  }

  CsvTable alarms(KpiFigures f) {
    CsvTable csv =
        new CsvTable(
            headers(
                "kpi.alarmLevel",
                "kpi.alarmsRaised",
                "kpi.alarmsAcknowledged",
                "kpi.ackP50",
                "kpi.ackP90"));
    f.alarms()
        .forEach(
            a ->
                csv.row(
                    Arrays.asList(
                        FacesMessages.text("enum.AlarmLevel." + a.level().name()),
                        a.raised(),
                        a.acknowledged(),
                        a.ackP50Minutes(),
                        a.ackP90Minutes())));
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
