package app.overload.ui.blocks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import app.overload.domain.BlockId;
import app.overload.domain.Checks;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.LiftLevel;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescriptionText;
import app.overload.domain.RaceLevel;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockTemplates;
import app.overload.planning.BlockWarnings;
import app.overload.planning.FillRequest;
import app.overload.planning.GoalText;
import app.overload.planning.RecentLevels;
import app.overload.planning.TemplateFiller;
import app.overload.ui.Field;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * New block…: from a template or from scratch, a name, a goal, the dates (a length in weeks or a goal date) and the
 * athlete's current level. Every change is checked at once: refusals go to their field, warnings (a goal already
 * met, an empty plan, another block on the same lift) are listed, and the first week of the filled plan is shown.
 * Nothing is written until Create, and then the whole block in one transaction.
 */
public final class NewBlockViewModel {

    /** A way to start: a template, or from scratch (null). */
    public record Start(String title, BlockTemplates.Template template) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final BlockData data;
    private final TaskExecutor executor;
    private final Clock clock;
    private final UnitPreferences units;
    private final ObservableList<Start> starts = FXCollections.observableArrayList();
    private final ObjectProperty<Start> start = new SimpleObjectProperty<>(this, "start");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<Exercise> exercises = FXCollections.observableArrayList();
    private final Field name = new Field();
    private final DateInputs dates = new DateInputs(this::edited);
    private final StringProperty lengthNote = new SimpleStringProperty(this, "lengthNote", "");
    private final GoalInputs goal = new GoalInputs();
    private final LevelInputs levels = new LevelInputs();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty goalNote = new SimpleStringProperty(this, "goalNote", "");
    private BlockData.History history = BlockData.History.NONE;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready", false);
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", false);
    private BlockData.Catalogue catalogue = new BlockData.Catalogue(List.of());
    private List<TrainingBlock> others = List.of();
    private TrainingBlock built;
    private boolean filling;
    private boolean nameTouched;
    private boolean goalTouched;

    NewBlockViewModel(BlockData data, TaskExecutor executor, Clock clock, UnitPreferences units) {
        this.data = data;
        this.executor = executor;
        this.clock = clock;
        this.units = units;
        start.addListener((obs, old, now) -> startChanged());
        goal.kindProperty().addListener((obs, old, now) -> goalEdited());
        goal.exerciseProperty().addListener((obs, old, now) -> goalEdited());
        goal.modalityProperty().addListener((obs, old, now) -> goalEdited());
        goal.higherIsBetterProperty().addListener((obs, old, now) -> goalEdited());
        goal.inputs().forEach(i -> i.textProperty().addListener((obs, old, now) -> goalEdited()));
        levels.rows().addListener((ListChangeListener<LevelInputs.Row>) change -> {
            while (change.next()) {
                for (LevelInputs.Row row : change.getAddedSubList()) {
                    row.inputs().forEach(i -> i.textProperty().addListener((obs, old, now) -> {
                        if (!filling) {
                            // Typed over: the value is the user's now, not the logbook's.
                            row.sourceProperty().set("");
                        }
                        edited();
                    }));
                    row.modalityProperty().addListener((obs, old, now) -> edited());
                }
            }
        });
        name.textProperty().addListener((obs, old, now) -> {
            if (!filling) {
                nameTouched = true;
                revalidate();
            }
        });
    }

    /** Reads the templates, the catalogue and the other blocks, then starts with the first template. */
    public void open() {
        busy.set(true);
        executor.submit("Reading the templates", p -> {
            List<BlockTemplates.Template> templates = BlockTemplates.all();
            return new Object[] {templates, data.catalogue(), data.blocks(), data.history(templates)};
        }, read -> {
                    busy.set(false);
                    @SuppressWarnings("unchecked")
                    List<BlockTemplates.Template> templates = (List<BlockTemplates.Template>) read[0];
                    catalogue = (BlockData.Catalogue) read[1];
                    @SuppressWarnings("unchecked")
                    List<TrainingBlock> blocks = (List<TrainingBlock>) read[2];
                    others = blocks;
                    history = (BlockData.History) read[3];
                    exercises.setAll(catalogue.exercises());
                    List<Start> all = new ArrayList<>();
                    templates.forEach(t -> all.add(new Start(t.title(), t)));
                    all.add(new Start("From scratch", null));
                    starts.setAll(all);
                    LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                    quietly(() -> dates.start().set(monday.toString()));
                    ready.set(true);
                    start.set(all.get(0));
                }, error -> {
                    busy.set(false);
                    message.set("The templates could not be read: " + error.getMessage());
                });
    }

    private void quietly(Runnable work) {
        boolean was = filling;
        filling = true;
        try {
            work.run();
        } finally {
            filling = was;
        }
    }

    private void edited() {
        if (!filling) {
            revalidate();
        }
    }

    private void goalEdited() {
        if (!filling) {
            goalTouched = true;
            revalidate();
        }
    }

    /** A new start fills the name, the length, the goal and the level rows from the template. */
    private void startChanged() {
        Start chosen = start.get();
        BlockTemplates.Template template = chosen == null ? null : chosen.template();
        quietly(() -> {
            description.set(template == null ? "An empty plan: add the sessions yourself in the block's plan editor."
                    : template.description());
            if (!nameTouched) {
                name.set(defaultName());
            }
            levels.rows().clear();
            if (template != null) {
                dates.lengthProperty().set(DateInputs.Length.WEEKS);
                dates.weeks().set(Integer.toString(template.block().weeks()));
                TemplateFiller.Lengths allowed = TemplateFiller.lengths(template.block());
                lengthNote.set(allowed.fixed() ? "This template runs " + allowed.longest() + " weeks."
                        : "This template runs " + allowed.shortest() + " to " + allowed.longest() + " weeks; a "
                                + "shorter block leaves out its first weeks.");
                for (CurrentLevel level : template.block().levels()) {
                    if (level instanceof LiftLevel l) {
                        Exercise e = exercise(l.exercise());
                        if (e != null) {
                            LevelInputs.Row row = levels.lift(e, l.sets(), l.reps(), LevelInputs.hint(l, units));
                            levels.rows().add(row);
                            fromLogbook(row, l);
                        }
                    } else {
                        RaceLevel r = (RaceLevel) level;
                        LevelInputs.Row row = levels.race(r.modality(), r.distance(), units,
                                LevelInputs.hint(r, units));
                        levels.rows().add(row);
                        fromLogbook(row, r);
                    }
                }
                goalTouched = false;
                goal.fill(template.block().goal(), units, catalogue.exercises());
            } else {
                lengthNote.set("");
                if (dates.weeks().isBlank()) {
                    dates.weeks().set("12");
                }
                scratchLevels();
            }
        });
        revalidate();
    }

    /**
     * Fills a template's level row from the logbook (a recent 5×5, the best 5 km of the last weeks), saying where
     * the values came from; a row the logbook has nothing for stays empty and the template keeps its numbers.
     */
    private void fromLogbook(LevelInputs.Row row, CurrentLevel asked) {
        LocalDate today = LocalDate.now(clock);
        if (asked instanceof LiftLevel l) {
            RecentLevels.lift(l.exercise(), l.sets(), l.reps(), history.lifts().getOrDefault(l.exercise(), List.of()),
                    today, catalogue.increments().get(l.exercise()), units).ifPresent(found -> {
                        row.sets().set(Integer.toString(found.level().sets()));
                        row.reps().set(Integer.toString(found.level().reps()));
                        row.load().show(found.level().load(), units.number(found.level().load()));
                        row.sourceProperty().set("From " + found.source() + ".");
                    });
        } else if (asked instanceof RaceLevel r) {
            RecentLevels.race(r.modality(), r.distance(), history.races().getOrDefault(r.modality(), List.of()),
                    today, units).ifPresent(found -> {
                        row.time().set(Durations.clock(found.level().time()));
                        row.sourceProperty().set("From " + found.source() + ".");
                    });
        }
    }

    /** From scratch: one level row that fits the goal, a lift of its exercise or a race of its sport. */
    private void scratchLevels() {
        levels.rows().clear();
        if (goal.kindProperty().get() == GoalInputs.Kind.ENDURANCE) {
            levels.rows().add(levels.race(goal.modalityProperty().get() == null ? Modality.RUN
                    : goal.modalityProperty().get(), Distance.kilometres(5), units, "e.g. 25:00"));
        } else if (goal.kindProperty().get() != GoalInputs.Kind.MEASURABLE && goal.exerciseProperty().get() != null) {
            levels.rows().add(levels.lift(goal.exerciseProperty().get(), 5, 5, "e.g. 80"));
        }
    }

    private Exercise exercise(ExerciseId id) {
        return catalogue.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private String defaultName() {
        Start chosen = start.get();
        String base = chosen == null || chosen.template() == null ? "New block" : chosen.title();
        LocalDate day;
        try {
            day = Parse.date(dates.start().value(), "start date");
        } catch (InvalidValueException e) {
            day = LocalDate.now(clock);
        }
        return base + " (" + MONTH.format(day) + ")";
    }

    /** Checks everything typed, sets each field's message, the warnings and the preview. */
    public void revalidate() {
        if (!ready.get()) {
            return;
        }
        if (!nameTouched) {
            quietly(() -> name.set(defaultName()));
        }
        Start chosen = start.get();
        BlockTemplates.Template template = chosen == null ? null : chosen.template();
        if (template == null && goal.kindProperty().get() != null && !filling) {
            List<LevelInputs.Row> before = List.copyOf(levels.rows());
            boolean fits = before.size() == (goal.kindProperty().get() == GoalInputs.Kind.MEASURABLE ? 0 : 1)
                    && (before.isEmpty() || before.get(0).lift() != (goal.kindProperty().get()
                            == GoalInputs.Kind.ENDURANCE) && (!before.get(0).lift()
                                    || before.get(0).exercise().equals(goal.exerciseProperty().get())));
            if (!fits) {
                quietly(this::scratchLevels);
            }
        }
        Check check = new Check();
        String blockName = check.field(name, () -> {
            String n = Checks.name(name.value(), "block name");
            if (others.stream().anyMatch(b -> b.name().equalsIgnoreCase(n))) {
                throw new InvalidValueException("block name", "A block named \"" + n + "\" already exists; choose "
                        + "another name.");
            }
            return n;
        });
        DateInputs.Span span = dates.read(check);
        List<CurrentLevel> current = levels.build(units, check);
        if (template != null && !goalTouched) {
            // Until the user sets a goal, the template's goal follows their level, and says so.
            Goal suggested = TemplateFiller.suggestedGoal(template.block(), current, units, catalogue.increments());
            quietly(() -> goal.fill(suggested, units, catalogue.exercises()));
            goalNote.set(goalMoved(template.block().goal(), suggested));
        } else if (template == null || goalTouched) {
            goalNote.set("");
        }
        Goal target = goal.build(units, check);
        built = null;
        if (check.ok()) {
            built = check.field(dates.lengthInput(), () -> build(template, blockName, span, target, current));
        }
        dates.show(span, start.get() != null && start.get().template() != null ? lengthNote.get() : "");
        problem.set(check.ok() ? "" : check.first());
        valid.set(built != null);
        warnings.setAll(built == null ? List.of() : BlockWarnings.check(built, others, units, catalogue.names()));
        preview.setAll(built == null ? List.of() : firstWeek(built));
    }

    /** "The goal follows your level: 122.5 kg × 5 (the template's is 100 kg × 5)…", or empty when it is as written. */
    private String goalMoved(Goal written, Goal suggested) {
        if (suggested.equals(written)) {
            return "";
        }
        GoalText text = new GoalText(units, catalogue.names());
        return "The goal follows your current level: " + text.target(suggested) + " (the template's is "
                + text.target(written) + "). Type your own to keep it.";
    }

    private TrainingBlock build(BlockTemplates.Template template, String blockName, DateInputs.Span span,
            Goal target, List<CurrentLevel> current) {
        if (template == null) {
            return new TrainingBlock(BlockId.random(), blockName, target, span.start(), span.end(), span.weeks(),
                    List.of(), List.of(), List.of(), current, List.of(), "", null);
        }
        // A template fills whole weeks: its goal date is the last day of its last week.
        return TemplateFiller.fill(template.block(), new FillRequest(blockName, span.start(), span.weeks(), target,
                current, units, catalogue.increments()));
    }

    private List<String> firstWeek(TrainingBlock block) {
        PrescriptionText text = new PrescriptionText(units, catalogue.names());
        List<String> lines = new ArrayList<>();
        for (PlannedSession p : block.plannedIn(1).stream().sorted(Comparator.comparing(block::dateOf))
                .toList()) {
            StringBuilder line = new StringBuilder(Texts.day(block.dateOf(p)) + "  " + p.displayName() + ": ");
            line.append(String.join(" · ", p.prescriptions().stream().map(text::describe).toList()));
            lines.add(line.toString());
        }
        return lines;
    }

    /** Create: when everything is valid, writes the block (and any exercise it needs) in one transaction. */
    public void create(Consumer<TrainingBlock> onCreated) {
        showAll.set(true);
        revalidate();
        if (built == null || busy.get()) {
            message.set(problem.get().isEmpty() ? "" : "Not created: " + problem.get());
            return;
        }
        TrainingBlock block = built;
        List<Exercise> described = start.get() != null && start.get().template() != null
                ? start.get().template().contents().exercises() : List.of();
        busy.set(true);
        message.set("");
        executor.submit("Creating the block", p -> {
            data.save(block, described);
            return block;
        }, saved -> {
            busy.set(false);
            onCreated.accept(saved);
        }, error -> {
            busy.set(false);
            message.set("Not created: " + error.getMessage());
        });
    }

    public UnitPreferences units() {
        return units;
    }

    public ObservableList<Start> starts() {
        return starts;
    }

    public ObjectProperty<Start> startProperty() {
        return start;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<Exercise> exercises() {
        return exercises;
    }

    public Field name() {
        return name;
    }

    /** The start, and the length in weeks or the goal date. */
    public DateInputs dates() {
        return dates;
    }

    public GoalInputs goal() {
        return goal;
    }

    public LevelInputs levels() {
        return levels;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The first week of the plan as it will be created, one line per session. */
    public ObservableList<String> preview() {
        return preview;
    }

    /** Says when, and how, the goal moved with the level from the template's; empty when it did not. */
    public StringProperty goalNoteProperty() {
        return goalNote;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** What happened to the last Create, or why the templates could not be read. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True once Create was tried: every field's message shows, not only those of fields typed in. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** The block Create would write, for tests; null while something is not valid. */
    TrainingBlock built() {
        return built;
    }
}
