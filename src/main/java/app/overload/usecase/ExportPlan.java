package app.overload.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeekKind;
import app.overload.exchange.export.AtomicFile;
import app.overload.exchange.export.CalendarEvent;
import app.overload.exchange.export.CalendarWriter;
import app.overload.exchange.export.ExportException;
import app.overload.exchange.fit.FitWorkout;
import app.overload.exchange.fit.FitWorkoutEncoder;
import app.overload.exchange.fit.FitWorkoutException;
import app.overload.planning.GoalText;
import app.overload.store.Logbook;

/**
 * The plan outside the app: a block's planned sessions as an iCalendar file (one all-day event each, with its purpose
 * and prescriptions), and its planned runs, walks and rides as FIT workout files a watch follows. {@code overload
 * export-plan} and the block view's Export plan menu both call it.
 */
public final class ExportPlan {

    /** What a calendar export wrote. */
    public record CalendarResult(Path file, String block, int events) {
        public String describe() {
            return "Wrote " + events + " planned session" + (events == 1 ? "" : "s") + " of \"" + block
                    + "\" to the calendar file " + file + ".";
        }
    }

    /** What a watch export wrote, and the planned sessions it passed over with the reason. */
    public record WatchResult(List<Path> files, List<String> passedOver) {
        public WatchResult {
            files = List.copyOf(files);
            passedOver = List.copyOf(passedOver);
        }

        public String describe() {
            if (files.isEmpty()) {
                return "No planned run, walk or ride to send to a watch" + (passedOver.isEmpty() ? "."
                        : ": " + passedOver.size() + " planned session" + (passedOver.size() == 1 ? " is" : "s are")
                                + " strength, timed or another sport.");
            }
            return "Wrote " + files.size() + " watch workout" + (files.size() == 1 ? "" : "s") + " to "
                    + files.get(0).getParent() + (passedOver.isEmpty() ? "." : "; " + passedOver.size()
                            + " other planned session" + (passedOver.size() == 1 ? " is" : "s are")
                            + " not a run, walk or ride.");
        }
    }

    private final Logbook logbook;

    public ExportPlan(Logbook logbook) {
        this.logbook = logbook;
    }

    /**
     * Writes the planned sessions of {@code block} (of one week, or all when {@code week} is null) as all-day events.
     *
     * @param stamp when the file is made (each event's DTSTAMP)
     */
    public CalendarResult calendar(TrainingBlock block, Integer week, Path file, UnitPreferences units,
            Instant stamp) {
        checkWeek(block, week);
        List<CalendarEvent> events = events(block, week, units);
        AtomicFile.write(file, out -> CalendarWriter.write(block.name(), events, stamp, out));
        return new CalendarResult(file.toAbsolutePath(), block.name(), events.size());
    }

    /** The events a calendar export writes, in date order. */
    public List<CalendarEvent> events(TrainingBlock block, Integer week, UnitPreferences units) {
        PrescriptionText text = new PrescriptionText(units, logbook.exercises().names());
        GoalText goal = new GoalText(units, logbook.exercises().names());
        List<CalendarEvent> events = new ArrayList<>();
        for (PlannedSession p : planned(block, week)) {
            events.add(new CalendarEvent(p.id() + "@overload", block.dateOf(p), p.displayName() + " · " + block.name(),
                    description(block, p, text, goal), List.of(p.purpose().label(), "Training")));
        }
        return events;
    }

    /**
     * Writes each planned run, walk or ride (of one week, or all) as a FIT workout file into {@code folder}, named
     * by week, day and title ("w03-tue-intervals.fit"); sessions with nothing a watch can follow are passed over.
     */
    public WatchResult watchWorkouts(TrainingBlock block, Integer week, Path folder, UnitPreferences units,
            Instant created) {
        checkWeek(block, week);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(folder + " is a file; watch workouts go into a folder, one file each.");
        }
        List<Path> files = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        for (PlannedSession p : planned(block, week)) {
            Optional<String> why = FitWorkout.whyNot(p);
            if (why.isPresent()) {
                passedOver.add("Week " + p.week() + ", " + day(p) + ": " + why.get());
                continue;
            }
            Path file = folder.resolve(fileName(p));
            files.add(watchWorkout(p, file, units, created));
        }
        return new WatchResult(files, passedOver);
    }

    /** Writes one planned session as a FIT workout file. */
    public Path watchWorkout(PlannedSession planned, Path file, UnitPreferences units, Instant created) {
        FitWorkout workout;
        try {
            workout = FitWorkout.from(planned, units);
        } catch (FitWorkoutException e) {
            throw new ExportException(e.getMessage(), e);
        }
        byte[] bytes = FitWorkoutEncoder.encode(workout, created);
        AtomicFile.write(file, out -> out.write(bytes));
        return file.toAbsolutePath();
    }

    /** "w03-tue-intervals.fit": sorts in plan order, and says what it is without opening it. */
    public static String fileName(PlannedSession p) {
        String title = p.displayName().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (title.length() > 40) {
            title = title.substring(0, 40).replaceAll("-+$", "");
        }
        return String.format(Locale.ROOT, "w%02d-%s-%s.fit", p.week(), p.day().name().substring(0, 3)
                .toLowerCase(Locale.ROOT), title.isEmpty() ? "workout" : title);
    }

    private static List<PlannedSession> planned(TrainingBlock block, Integer week) {
        return block.plan().stream().filter(p -> week == null || p.week() == week)
                .sorted(Comparator.comparing(block::dateOf)).toList();
    }

    private static void checkWeek(TrainingBlock block, Integer week) {
        if (week != null && (week < 1 || week > block.weeks())) {
            throw new IllegalArgumentException("\"" + block.name() + "\" has weeks 1 to " + block.weeks()
                    + "; there is no week " + week + ".");
        }
    }

    private static String day(PlannedSession p) {
        String name = p.day().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Purpose and place in the block first (what the session is for), then the prescriptions, one a line, in the
     * user's units, then the coach's notes and the goal.
     */
    private static String description(TrainingBlock block, PlannedSession p, PrescriptionText text, GoalText goal) {
        StringBuilder d = new StringBuilder();
        d.append("Purpose: ").append(p.purpose().label()).append('\n');
        d.append("Week ").append(p.week()).append(" of ").append(block.weeks());
        block.phaseOf(p.week()).ifPresent(phase -> d.append(", ").append(phase.name()).append(" phase"));
        WeekKind kind = block.kindOf(p.week());
        if (kind != WeekKind.NORMAL) {
            d.append(", ").append(kind.name().toLowerCase(Locale.ROOT)).append(" week");
        }
        d.append('\n');
        if (!p.prescriptions().isEmpty()) {
            d.append('\n');
            for (Prescription rx : p.prescriptions()) {
                d.append(text.describe(rx)).append('\n');
            }
        }
        if (!p.notes().isEmpty()) {
            d.append('\n').append(p.notes()).append('\n');
        }
        d.append('\n').append("Goal: ").append(goal.target(block.goal())).append(" by ").append(block.goalDate());
        return d.toString();
    }
}
