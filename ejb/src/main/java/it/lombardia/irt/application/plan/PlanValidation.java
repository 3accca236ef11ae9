package it.lombardia.irt.application.plan;

import it.lombardia.irt.application.InvalidInputException.Problem;
import it.lombardia.irt.domain.model.plan.AlarmStep;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.PersonalisedThreshold;
import it.lombardia.irt.spi.content.AlarmLevel;
import it.lombardia.irt.spi.content.Label;
import it.lombardia.irt.spi.content.MonitoredParameter;
import it.lombardia.irt.spi.content.Protocol;
import it.lombardia.irt.spi.content.TelemedicineService;
import it.lombardia.irt.spi.content.Threshold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a plan's content against the protocol of the network version it follows: personalised
 * thresholds only for the protocol's thresholds and within the interval the plug-in allows, an
 * alarm protocol that covers every level with a fallback, and recipients who are in the care team
 * or an operations centre.
 */
final class PlanValidation {

  private PlanValidation() {}

  static List<Problem> check(
      CarePlan.Content c,
      CarePlan.Kind kind,
      Protocol protocol,
      Set<TelemedicineService> enrolled,
      Set<String> clinicians,
      boolean forApproval) {
    List<Problem> problems = new ArrayList<>();
    checkServices(c, kind, enrolled, problems);
    checkTeam(c, clinicians, problems);
    checkThresholds(c.thresholds(), protocol, problems);
    checkAlarmProtocol(c, protocol, forApproval, problems);
    return problems;
  }

  private static void checkServices(
      CarePlan.Content c,
      CarePlan.Kind kind,
      Set<TelemedicineService> enrolled,
      List<Problem> out) {
    Set<TelemedicineService> services =
        c.services() == null ? EnumSet.noneOf(TelemedicineService.class) : c.services();
    for (TelemedicineService s : services) {
      if (!enrolled.contains(s)) {
        out.add(
            new Problem(
                "services",
                "error.plan.serviceNotEnrolled",
                s + " is not a service of the enrolment"));
      }
    }
    if (kind == CarePlan.Kind.PRI && !services.contains(TelemedicineService.TELEREHABILITATION)) {
      out.add(
          new Problem("services", "error.plan.priService", "a PRI enables tele-rehabilitation"));
    }
  }

  private static void checkTeam(CarePlan.Content c, Set<String> clinicians, List<Problem> out) {
    Set<String> seen = new HashSet<>();
    for (CarePlan.Member m : c.team() == null ? List.<CarePlan.Member>of() : c.team()) {
      if (m.username() == null || !clinicians.contains(m.username())) {
        out.add(
            new Problem(
                "team",
                "error.plan.member",
                m.username() + " is not a physician, nurse or health professional of this ASST"));
      } else if (!seen.add(m.username())) {
        out.add(new Problem("team", "error.plan.memberTwice", m.username() + " is named twice"));
      }
      if (m.teamRole() == null || m.teamRole().isBlank() || m.teamRole().length() > 100) {
        out.add(
            new Problem(
                "team", "error.plan.memberRole", "give " + m.username() + " a role in the team"));
      }
    }
  }

  private static void checkThresholds(
      List<PersonalisedThreshold> thresholds, Protocol protocol, List<Problem> out) {
    Set<String> seen = new HashSet<>();
    for (PersonalisedThreshold t :
        thresholds == null ? List.<PersonalisedThreshold>of() : thresholds) {
      Threshold base = t.base(protocol).orElse(null);
      String which =
          t.parameter()
              + " "
              + t.level()
              + (t.direction() == null ? "" : " " + t.direction().name().toLowerCase(Locale.ROOT));
      if (base == null) {
        out.add(
            new Problem(
                "thresholds",
                "error.plan.thresholdUnknown",
                "the protocol has no threshold " + which));
        continue;
      }
      if (!seen.add(base.parameter() + "/" + base.level() + "/" + base.direction())) {
        out.add(
            new Problem(
                "thresholds", "error.plan.thresholdTwice", which + " is personalised twice"));
      }
      if (t.value() < base.personalisableMin() || t.value() > base.personalisableMax()) {
        Label name = name(protocol, t.parameter());
        String unit = unit(protocol, t.parameter());
        out.add(
            new Problem(
                "thresholds",
                "error.plan.thresholdRange",
                String.format(
                    Locale.ROOT,
                    "%s (%s) %s: %s is outside the range the protocol allows, %s to %s %s",
                    name.en(),
                    t.parameter(),
                    t.level(),
                    fmt(t.value()),
                    fmt(base.personalisableMin()),
                    fmt(base.personalisableMax()),
                    unit),
                List.of(
                    name,
                    t.level(),
                    t.value(),
                    base.personalisableMin(),
                    base.personalisableMax(),
                    unit)));
      }
    }
  }

  private static void checkAlarmProtocol(
      CarePlan.Content c, Protocol protocol, boolean forApproval, List<Problem> out) {
    List<AlarmStep> steps = c.alarmProtocol() == null ? List.of() : c.alarmProtocol();
    Set<String> team = new HashSet<>();
    if (c.team() != null) {
      c.team().forEach(m -> team.add(m.username()));
    }
    for (AlarmStep s : steps) {
      if (s.level() == null || s.from() == null || s.to() == null) {
        out.add(
            new Problem(
                "alarmProtocol", "error.plan.alarmStep", "each step states its level and hours"));
        continue;
      }
      if (!AlarmStep.isCentre(s.recipient()) && !team.contains(s.recipient())) {
        out.add(
            new Problem(
                "alarmProtocol",
                "error.plan.alarmRecipient",
                s.level() + ": " + s.recipient() + " is neither in the care team nor a centre"));
      }
      if (s.fallback() == null
          || s.fallback().equals(s.recipient())
          || (!AlarmStep.isCentre(s.fallback()) && !team.contains(s.fallback()))) {
        out.add(
            new Problem(
                "alarmProtocol",
                "error.plan.alarmFallback",
                s.level() + ": the fallback must be another team member or a centre"));
      }
      if (s.acknowledgeWithinMinutes() < 1 || s.acknowledgeWithinMinutes() > 1440) {
        out.add(
            new Problem(
                "alarmProtocol",
                "error.plan.alarmDeadline",
                s.level() + ": acknowledgement within 1 to 1440 minutes"));
      }
    }
    if (!forApproval) {
      return; // a draft may be incomplete; approval needs every level covered
    }
    Set<AlarmLevel> levels = EnumSet.noneOf(AlarmLevel.class);
    protocol.thresholds().forEach(t -> levels.add(t.level()));
    for (AlarmLevel level : levels) {
      if (steps.stream().noneMatch(s -> s.level() == level)) {
        out.add(
            new Problem(
                "alarmProtocol",
                "error.plan.alarmLevel",
                "say who is notified of " + level + " alarms"));
      }
    }
  }

  private static Label name(Protocol protocol, String code) {
    return protocol.parameters().stream()
        .filter(p -> p.code().equals(code))
        .map(MonitoredParameter::name)
        .findFirst()
        .orElse(new Label(code, code));
  }

  private static String unit(Protocol protocol, String code) {
    return protocol.parameters().stream()
        .filter(p -> p.code().equals(code))
        .map(MonitoredParameter::unit)
        .findFirst()
        .orElse("");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
