package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;

/** The re-plan of a linear squat block, in memory. */
class ReplannerTest {

    static final ProgressionRule.Linear LINEAR = ProgressionRule.Linear.standard(Mass.kilograms(2.5));
    static final DayOfWeek[] DAYS = {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY};

    /** 8 weeks of 5×5 from 100 kg, +2.5 kg a session; week 4 a deload at 90 % of the week before in 3 sets. */
    static TrainingBlock squatBlock(String name) {
        Plans plans = new Plans(name, 8).deload(4);
        double load = 100;
        for (int w = 1; w <= 8; w++) {
            for (DayOfWeek d : DAYS) {
                if (w == 4) {
                    plans.plan(w, d, Purpose.DELOAD, Prescription.Strength.sets(Plans.SQUAT, 3, 5,
                            Mass.kilograms(97.5), LINEAR));
                } else {
                    plans.plan(w, d, Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(Plans.SQUAT, 5, 5,
                            Mass.kilograms(load), LINEAR));
                    load += 2.5;
                }
            }
        }
        return plans.build();
    }

    static Replan replan(TrainingBlock block, LocalDate today, List<? extends Session> sessions) {
        return new Replanner(new ProgressionEngine(UnitPreferences.METRIC, Plans.CATALOGUE)).replan(block, today,
                TrainingHistory.of(sessions), List.of());
    }

    static double top(Prescription rx) {
        return PrescribedLoads.topFixed((Prescription.Strength) rx).kilograms();
    }

    /** Logs weeks {@code from}..{@code to} as planned. */
    static List<Session> asPlanned(TrainingBlock block, int from, int to) {
        List<Session> done = new ArrayList<>();
        for (PlannedSession p : block.plan()) {
            if (p.week() >= from && p.week() <= to) {
                Prescription.Strength rx = (Prescription.Strength) p.prescriptions().get(0);
                done.add(Plans.logged(block, p, Plans.done(Plans.SQUAT, rx.sets().size(), 5, top(rx))));
            }
        }
        return done;
    }

    @Test
    void aPlanFollowedToTheLetterIsLeftAlone() {
        TrainingBlock block = squatBlock("On track");
        Replan replan = replan(block, Plans.START.plusDays(13), asPlanned(block, 1, 2));
        assertThat(replan.changes()).isEmpty();
        assertThat(replan.replanned()).isEqualTo(block);
    }

    @Test
    void aMissedWeekIsNotMadeUpByDoubling() {
        TrainingBlock block = squatBlock("Missed");
        // Week 1 done (100, 102.5, 105); week 2 missed; re-planned on Sunday of week 2.
        Replan replan = replan(block, Plans.START.plusDays(13), asPlanned(block, 1, 1));
        List<Double> loads = new ArrayList<>();
        for (PlannedSession p : replan.replanned().plan()) {
            if (p.week() >= 3) {
                loads.add(top(p.prescriptions().get(0)));
            }
        }
        // Week 3 carries on from 105 kg: 107.5, 110, 112.5. The deload keeps the plan's share of the week before
        // (97.5 of 120 kg, 81 %): 91.4 kg of 112.5, on the nearest plate 92.5 kg. Then 115 kg.
        assertThat(loads.subList(0, 3)).containsExactly(107.5, 110.0, 112.5);
        assertThat(loads.get(3)).isEqualTo(92.5);
        assertThat(loads.get(6)).isEqualTo(115.0);
        assertThat(replan.changes()).isNotEmpty();
        assertThat(replan.changes().get(0).reason()).contains("done on");
    }

    @Test
    void acceptingAndAskingAgainProposesNothingNew() {
        TrainingBlock block = squatBlock("Again");
        LocalDate today = Plans.START.plusDays(13);
        List<Session> logged = asPlanned(block, 1, 1);
        Replan first = replan(block, today, logged);
        TrainingBlock accepted = first.accept(block, first.changes().stream().map(SessionChange::id).toList());
        Replan second = replan(accepted, today, logged);
        assertThat(second.changes()).isEmpty();
    }
}
