package it.lombardia.irt.interfaces.region;

import it.lombardia.irt.application.helpdesk.TicketFigures;
import it.lombardia.irt.application.helpdesk.TicketOversight;
import it.lombardia.irt.interfaces.shell.BarChart;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.Formats;
import it.lombardia.irt.interfaces.shell.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Region administrator's oversight of the help desk: per service centre and ASST the open,
 * breached and resolved tickets, SLA compliance and the backlog's age; the categories, the weekly
 * trend, the oldest open tickets and the faults per device type (procurement).
 */
@Named
@ViewScoped
public class TicketOversightPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketOversight oversight;
  @Inject Formats formats;

  private TicketFigures figures;
  private String trendChart;

  @PostConstruct
  void load() {
    PageActions.attempt(() -> figures = oversight.summary(), null);
    if (figures != null) {
      List<TicketFigures.WeekRow> weeks = figures.trend();
      trendChart =
          new BarChart(weeks.stream().map(w -> formats.date(w.weekStart())).toList())
              .series(
                  FacesMessages.text("oversight.trend.opened"),
                  weeks.stream().map(TicketFigures.WeekRow::opened).toList())
              .series(
                  FacesMessages.text("oversight.trend.resolved"),
                  weeks.stream().map(TicketFigures.WeekRow::resolved).toList())
              .json();
    }
  }

  public TicketFigures getFigures() {
    return figures;
  }

  /** The weekly trend as a chart's configuration; the table beside it holds the same figures. */
  public String getTrendChart() {
    return trendChart;
  }
}
