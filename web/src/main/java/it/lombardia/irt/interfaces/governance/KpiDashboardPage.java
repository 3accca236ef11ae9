package it.lombardia.irt.interfaces.governance;

import it.lombardia.irt.application.governance.KpiFigures;
import it.lombardia.irt.application.governance.KpiScope;
import it.lombardia.irt.application.governance.Kpis;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.interfaces.shell.BarChart;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Formats;
import it.lombardia.irt.interfaces.shell.Labels;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The adoption dashboard: enrolment against the Region's targets and today's point of the curve,
 * per ATS, ASST and clinical network, and the services delivered. The Region drills down from the
 * whole Region to an ATS and an ASST; an ASST's administrator sees its own. Every table has its CSV
 * ({@link KpiCsv}); the charts draw the same figures as the tables beside them.
 */
@Named
@ViewScoped
public class KpiDashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Kpis kpis;
  @Inject KpiCsv csv;
  @Inject Labels labels;
  @Inject Formats formats;

  private String ats;
  private String tenant;
  private KpiFigures figures;
  private String networkChart;
  private String tenantChart;

  /** Every ASST of the chosen ATS (or of the Region), for the ASST filter. */
  private List<KpiFigures.TenantRow> choosable = List.of();

  public void load() {
    if (isRegion()) {
      loadRegion();
    } else {
      PageActions.attempt(() -> figures = kpis.ofOwnTenant(), null);
    }
    drawCharts();
  }

  private void loadRegion() {
    PageActions.attempt(
        () -> {
          figures = kpis.regional(KpiScope.parse(ats, tenant));
          if (tenant != null && figures.tenants().isEmpty()) {
            tenant = null; // an ASST of another ATS than the one chosen now
            figures = kpis.regional(KpiScope.parse(ats, null));
          }
          choosable =
              tenant == null
                  ? figures.tenants()
                  : kpis.regional(KpiScope.parse(ats, null)).tenants();
        },
        null);
  }

  public boolean isRegion() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("REGION_ADMIN");
  }

  /** Patients active per share of today's point of the curve, in %, one decimal. */
  public static Double percent(long enrolledActive, long targetToday) {
    return targetToday == 0 ? null : Math.round(1000.0 * enrolledActive / targetToday) / 10.0;
  }

  /** The share of today's point as the page shows it: "12,5 %", or a dash without a point. */
  public String share(long enrolledActive, long targetToday) {
    Double p = percent(enrolledActive, targetToday);
    return p == null ? "—" : formats.number(p) + " %";
  }

  public long getEnrolledActive() {
    return figures.tenants().stream().mapToLong(KpiFigures.TenantRow::enrolledActive).sum();
  }

  public Ats[] getAtsChoices() {
    return Ats.values();
  }

  public List<TelemedicineService> getServices() {
    return List.of(TelemedicineService.values());
  }

  /** The charts' configurations, once per load: the page reads them more than once. */
  private void drawCharts() {
    if (figures == null) {
      return;
    }
    networkChart =
        chart(
            figures.networks(),
            n -> labels.of(n.name()),
            KpiFigures.NetworkRow::enrolledActive,
            KpiFigures.NetworkRow::targetToday);
    tenantChart =
        chart(
            figures.tenants(),
            KpiFigures.TenantRow::name,
            KpiFigures.TenantRow::enrolledActive,
            KpiFigures.TenantRow::targetToday);
  }

  public String getNetworkChart() {
    return networkChart;
  }

  public String getTenantChart() {
    return tenantChart;
  }

  private static <R> String chart(
      List<R> rows, Function<R, String> name, Function<R, Long> active, Function<R, Long> today) {
    return new BarChart(rows.stream().map(name).toList())
        .series(FacesMessages.text("kpi.enrolledActive"), rows.stream().map(active).toList())
        .series(FacesMessages.text("kpi.targetToday"), rows.stream().map(today).toList())
        .json();
  }

  public void downloadNetworks() {
    csv.send(csv.networks(figures), "obiettivi-reti.csv");
  }

  public void downloadAts() {
    csv.send(csv.ats(figures), "obiettivi-ats.csv");
  }

  public void downloadTenants() {
    csv.send(csv.tenants(figures), "obiettivi-asst.csv");
  }

  public void downloadServices() {
    csv.send(csv.services(figures), "servizi-erogati.csv");
  }

  public void downloadOperations() {
    csv.send(csv.operations(figures), "dispositivi-e-postazioni.csv");
  }

  public void downloadAlarms() {
    csv.send(csv.alarms(figures), "allarmi.csv");
  }

  /** Minutes as the page shows a waiting time ("1 ora", "25 min"); a dash without one. */
  public String minutes(Long minutes) {
    return minutes == null ? "—" : formats.duration(java.time.Duration.ofMinutes(minutes));
  }

  public void downloadCurve() {
    csv.send(csv.curve(figures), "curva-di-adozione.csv");
  }

  public KpiFigures getFigures() {
    return figures;
  }

  public List<KpiFigures.TenantRow> getChoosable() {
    return choosable;
  }

  public String getAts() {
    return ats;
  }

  public void setAts(String ats) {
    this.ats = ats;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }
}
