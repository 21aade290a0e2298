package app.overload.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Goal;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;

/** A block being written week by week while the sample simulates the sessions logged against it. */
final class BlockDraft {

    private final SampleContext context;
    private final BlockId id;
    private final String name;
    private final LocalDate start;
    private final int weeks;
    private final List<PlannedSession> plan = new ArrayList<>();
    final List<Phase> phases = new ArrayList<>();
    final List<Integer> deloadWeeks = new ArrayList<>();
    final List<Integer> taperWeeks = new ArrayList<>();
    final List<CurrentLevel> levels = new ArrayList<>();

    BlockDraft(SampleContext context, String name, LocalDate start, int weeks) {
        this.context = context;
        this.id = context.blockId();
        this.name = name;
        this.start = start;
        this.weeks = weeks;
    }

    BlockId id() {
        return id;
    }

    int weeks() {
        return weeks;
    }

    LocalDate dateOf(int week, DayOfWeek day) {
        return TrainingBlock.dateOf(start, week, day);
    }

    PlannedSession plan(int week, DayOfWeek day, Purpose purpose, String title, List<Prescription> prescriptions) {
        PlannedSession planned = new PlannedSession(context.plannedId(), week, day, purpose, title, prescriptions, "");
        plan.add(planned);
        return planned;
    }

    TrainingBlock finish(Goal goal, String notes) {
        TrainingBlock block = new TrainingBlock(id, name, goal, start, start.plusDays(weeks * 7L - 1), weeks, phases,
                deloadWeeks, taperWeeks, levels, plan, notes, null);
        context.blocks.add(block);
        return block;
    }
}
