package it.lombardia.irt.interfaces.patients;

import it.lombardia.irt.application.AccessDeniedException;
import it.lombardia.irt.application.NotFoundException;
import it.lombardia.irt.application.enrolment.EnrolmentWorkflow;
import it.lombardia.irt.application.plan.CarePlans;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan editor: a draft's objectives, services, care team, personalised thresholds (next to the
 * protocol's value and the range a plan may choose) and alarm protocol; then approval by a
 * physician. An approved version is shown read-only.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A team member being edited. */
  public static class MemberRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String username;
    private String teamRole;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getTeamRole() {
      return teamRole;
    }

    public void setTeamRole(String teamRole) {
      this.teamRole = teamRole;
    }
  }

  /** One of the protocol's thresholds, with the plan's own value if it has one. */
  public static class ThresholdRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final Label name;
    private final String unit;
    private final AlarmLevel level;
    private final Threshold.Direction direction;
    private final double protocolValue;
    private final double min;
    private final double max;
    private Double value;

    ThresholdRow(Threshold t, Label name, String unit) {
      this.parameter = t.parameter();
      this.name = name;
      this.unit = unit;
      this.level = t.level();
      this.direction = t.direction();
      this.protocolValue = t.value();
      this.min = t.personalisableMin();
      this.max = t.personalisableMax();
    }

    public String getParameter() {
      return parameter;
    }

    public Label getName() {
      return name;
    }

    public String getUnit() {
      return unit;
    }

    public AlarmLevel getLevel() {
      return level;
    }

    public Threshold.Direction getDirection() {
      return direction;
    }

    public double getProtocolValue() {
      return protocolValue;
    }

    public double getMin() {
      return min;
    }

    public double getMax() {
      return max;
    }

    public Double getValue() {
      return value;
    }

    public void setValue(Double value) {
      this.value = value;
    }
  }

  /** One alarm step being edited; hours as HH:mm. */
  public static class StepRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private AlarmLevel level = AlarmLevel.ALARM;
    private String recipient;
    private String from = "08:00";
    private String to = "20:00";
    private int acknowledgeWithinMinutes = 60;
    private String fallback = AlarmStep.COT_CENTRE;

    static StepRow of(AlarmStep s) {
      StepRow r = new StepRow();
      r.level = s.level();
      r.recipient = s.recipient();
      r.from = s.from().toString();
      r.to = s.to().toString();
      r.acknowledgeWithinMinutes = s.acknowledgeWithinMinutes();
      r.fallback = s.fallback();
      return r;
    }

    AlarmStep toStep() {
      return new AlarmStep(
          level, recipient, time(from), time(to), acknowledgeWithinMinutes, fallback);
    }

    public AlarmLevel getLevel() {
      return level;
    }

    public void setLevel(AlarmLevel level) {
      this.level = level;
    }

    public String getRecipient() {
      return recipient;
    }

    public void setRecipient(String recipient) {
      this.recipient = recipient;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public int getAcknowledgeWithinMinutes() {
      return acknowledgeWithinMinutes;
    }

    public void setAcknowledgeWithinMinutes(int acknowledgeWithinMinutes) {
      this.acknowledgeWithinMinutes = acknowledgeWithinMinutes;
    }

    public String getFallback() {
      return fallback;
    }

    public void setFallback(String fallback) {
      this.fallback = fallback;
    }
  }

  @Inject CarePlans plans;
  @Inject EnrolmentWorkflow workflow;

  private long id;
  private CarePlan plan;
  private Enrolment enrolment;
  private List<String> candidates = List.of();
  private String objectives;
  private String timings;
  private Set<TelemedicineService> services = new HashSet<>();
  private LocalDate reviewDate;
  private final List<MemberRow> team = new ArrayList<>();
  private final List<ThresholdRow> thresholds = new ArrayList<>();
  private final List<StepRow> steps = new ArrayList<>();
  private Integer sessionsPlanned;
  private Integer sessionsPerWeek;
  private LocalDate cycleStart;
  private LocalDate cycleEnd;

  public void load() {
    try {
      plan = plans.plan(id);
      enrolment = workflow.view(plan.getEnrolmentId()).enrolment();
      candidates = plan.getStatus() == CarePlan.Status.DRAFT ? plans.teamCandidates() : List.of();
      fill(plan.content(), plans.protocol(enrolment));
    } catch (AccessDeniedException e) {
      FacesMessages.error("error.forbidden");
    } catch (NotFoundException e) {
      FacesMessages.error("error.notFound");
    }
  }

  private void fill(CarePlan.Content c, Protocol protocol) {
    objectives = c.objectives();
    timings = c.timings();
    services = new HashSet<>(c.services());
    reviewDate = c.reviewDate();
    team.clear();
    c.team()
        .forEach(
            m -> {
              MemberRow row = new MemberRow();
              row.setUsername(m.username());
              row.setTeamRole(m.teamRole());
              team.add(row);
            });
    thresholds.clear();
    for (Threshold t : protocol.thresholds()) {
      var parameter =
          protocol.parameters().stream().filter(p -> p.code().equals(t.parameter())).findFirst();
      ThresholdRow row =
          new ThresholdRow(
              t,
              parameter.map(p -> p.name()).orElse(new Label(t.parameter(), t.parameter())),
              parameter.map(p -> p.unit()).orElse(""));
      c.thresholds().stream()
          .filter(p -> p.personalises(t, protocol))
          .findFirst()
          .ifPresent(p -> row.setValue(p.value()));
      thresholds.add(row);
    }
    steps.clear();
    c.alarmProtocol().forEach(s -> steps.add(StepRow.of(s)));
    sessionsPlanned = c.sessionsPlanned();
    sessionsPerWeek = c.sessionsPerWeek();
    cycleStart = c.cycleStart();
    cycleEnd = c.cycleEnd();
  }

  private CarePlan.Content content() {
    return new CarePlan.Content(
        objectives,
        timings,
        services.isEmpty() ? EnumSet.noneOf(TelemedicineService.class) : EnumSet.copyOf(services),
        reviewDate,
        team.stream()
            .filter(m -> m.getUsername() != null && !m.getUsername().isBlank())
            .map(m -> new CarePlan.Member(m.getUsername(), m.getTeamRole()))
            .toList(),
        thresholds.stream()
            .filter(t -> t.getValue() != null)
            .map(
                t ->
                    new PersonalisedThreshold(
                        t.getParameter(), t.getLevel(), t.getValue(), t.getDirection()))
            .toList(),
        steps.stream().map(StepRow::toStep).toList(),
        sessionsPlanned,
        sessionsPerWeek,
        cycleStart,
        cycleEnd);
  }

  public void save() {
    PageActions.attempt(() -> plan = plans.write(id, content()), "plan.saved");
  }

  public String approve() {
    boolean done =
        PageActions.attempt(
            () -> {
              plans.write(id, content());
              plan = plans.approve(id);
            },
            "plan.approved");
    if (!done) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/patients/enrolment?faces-redirect=true&id=" + plan.getEnrolmentId();
  }

  public void addMember() {
    team.add(new MemberRow());
  }

  public void removeMember(MemberRow row) {
    team.remove(row);
  }

  public void addStep() {
    steps.add(new StepRow());
  }

  public void removeStep(StepRow row) {
    steps.remove(row);
  }

  /** Team members and the two operations centres, as alarm recipients. */
  public List<String> getRecipients() {
    List<String> recipients = new ArrayList<>();
    team.stream()
        .map(MemberRow::getUsername)
        .filter(u -> u != null && !u.isBlank())
        .forEach(recipients::add);
    recipients.add(AlarmStep.COT_CENTRE);
    recipients.add(AlarmStep.ADI_CENTRE);
    return recipients;
  }

  /** A recipient's label: the username, or the centre's name. */
  public String recipientLabel(String recipient) {
    return AlarmStep.isCentre(recipient)
        ? FacesMessages.text("plan.centre." + recipient.substring("centre:".length()))
        : recipient;
  }

  public boolean isEditable() {
    return plan != null && plan.getStatus() == CarePlan.Status.DRAFT;
  }

  public List<TelemedicineService> getEnrolledServices() {
    return enrolment == null ? List.of() : List.copyOf(enrolment.getServices());
  }

  public List<AlarmLevel> getLevels() {
    return List.of(AlarmLevel.values());
  }

  private static LocalTime time(String hhmm) {
    try {
      return hhmm == null || hhmm.isBlank() ? null : LocalTime.parse(hhmm.trim());
    } catch (DateTimeParseException e) {
      return null; // reported by the plan's check as a step without hours
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CarePlan getPlan() {
    return plan;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public List<String> getCandidates() {
    return candidates;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getTimings() {
    return timings;
  }

  public void setTimings(String timings) {
    this.timings = timings;
  }

  public Set<TelemedicineService> getServices() {
    return services;
  }

  public void setServices(Set<TelemedicineService> services) {
    this.services = services;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public void setReviewDate(LocalDate reviewDate) {
    this.reviewDate = reviewDate;
  }

  public List<MemberRow> getTeam() {
    return team;
  }

  public List<ThresholdRow> getThresholds() {
    return thresholds;
  }

  public List<StepRow> getSteps() {
    return steps;
  }

  public Integer getSessionsPlanned() {
    return sessionsPlanned;
  }

  public void setSessionsPlanned(Integer sessionsPlanned) {
    this.sessionsPlanned = sessionsPlanned;
  }

  public Integer getSessionsPerWeek() {
    return sessionsPerWeek;
  }

  public void setSessionsPerWeek(Integer sessionsPerWeek) {
    this.sessionsPerWeek = sessionsPerWeek;
  }

  public LocalDate getCycleStart() {
    return cycleStart;
  }

  public void setCycleStart(LocalDate cycleStart) {
    this.cycleStart = cycleStart;
  }

  public LocalDate getCycleEnd() {
    return cycleEnd;
  }

  public void setCycleEnd(LocalDate cycleEnd) {
    this.cycleEnd = cycleEnd;
  }
}
