package app.overload.ui.log;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.HeartRateZones;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Plates;
import app.overload.domain.Prescription;
import app.overload.domain.Routine;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.notation.Reading;
import app.overload.store.DraftRepository;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.LogSessions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The log form's behaviour: a new session for any date, or an existing one to edit; training sessions pre-filled
 * from the block's plan; "last time" beside every entry; validation as you type; the draft kept while typing and
 * offered back after a crash; one-key save. Reads and writes go through the injected executor.
 */
public final class LogViewModel {

    /** The draft slot of this form in the draft table. */
    public static final String DRAFT_SLOT = "log";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final Logbook logbook;
    private final DraftKeeper keeper;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    /** The bar and plates of the settings; null for the standard set of the user's unit. */
    private final ObjectProperty<Plates> plates;
    private final LogForm form;
    private final LogChecks checks;
    private final LastTimeLoader lastTime;
    private final ExerciseSearch search = new ExerciseSearch();
    private final TrainingChoices choices;
    private final WeekTargets targets;
    private final BlocksAround blocksAround;
    private final LogRoutines routines;
    /** Why the form's entries could not be taken for a routine, the last time it was tried. */
    private String routineProblem = "";
    private final QuickEntryViewModel quickEntry;
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final BooleanProperty leavePrompt = new SimpleBooleanProperty(this, "leavePrompt", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "New session");
    private final IntegerProperty changes = new SimpleIntegerProperty(this, "changes", 0);
    private final StringProperty savedNotice = new SimpleStringProperty(this, "savedNotice", "");
    private final StringProperty plannedOffer = new SimpleStringProperty(this, "plannedOffer", "");
    private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening", false);
    /** Reads that fill the form on opening (see {@link #openingProperty()}) still on their way. */
    private int openingReads;
    private Map<ExerciseId, Exercise> catalogue = Map.of();
    private boolean filling;
    /** The entries the last planned session added, and whether the user has typed in any of them since. */
    private List<EntryModel> fromPlan = List.of();
    private boolean fromPlanTouched;
    private Runnable afterDiscard;
    private Consumer<Session> onSaved = s -> { };
    private Runnable onLeave = () -> { };
    private Consumer<String> onBackgroundProblem = problem -> { };

    public LogViewModel(Logbook logbook, TaskExecutor executor, Clock clock, ObjectProperty<UnitPreferences> units) {
        this(logbook, executor, clock, units, new SimpleObjectProperty<>());
    }

    /** @param plates the bar and plates set in the settings; null in it stands for the standard set of the unit */
    public LogViewModel(Logbook logbook, TaskExecutor executor, Clock clock, ObjectProperty<UnitPreferences> units,
            ObjectProperty<Plates> plates) {
        this.logbook = logbook;
        this.plates = plates;
        this.keeper = new DraftKeeper(logbook.drafts(), logbook.sessions(), executor, message::set);
        this.executor = executor;
        this.clock = clock;
        this.units = units;
        this.form = new LogForm(this::changed, clock, units::get);
        this.checks = new LogChecks(form, units, () -> LocalDate.now(clock), () -> this::exerciseName);
        this.lastTime = new LastTimeLoader(logbook.lastTime(), executor, units, form, this::revalidate,
                problem -> onBackgroundProblem.accept(problem), this::fill);
        this.choices = new TrainingChoices(form, () -> LocalDate.now(clock), new TrainingChoices.Host() {
            @Override
            public boolean filling() {
                return filling;
            }

            @Override
            public void quietly(Runnable work) {
                boolean was = filling;
                filling = true;
                try {
                    work.run();
                } finally {
                    filling = was;
                }
            }

            @Override
            public void revalidate() {
                LogViewModel.this.revalidate();
            }

            @Override
            public void prefill(TrainingBlock block, PlannedSession planned) {
                fromPlan = new PlanFiller(form, new Prefill(units.get(), () -> {
                    fromPlanTouched = true;
                    changed();
                }, clock::instant), catalogue).fill(block, planned);
                fromPlanTouched = false;
                lastTime.refresh(form.entries());
            }
        });
        this.blocksAround = new BlocksAround(logbook, executor);
        this.routines = new LogRoutines(logbook, executor, this::routineEntries, () -> routineProblem,
                this::startRoutine);
        this.targets = new WeekTargets(form, choices::all, choices::done, units, () -> LocalDate.now(clock));
        form.date().textProperty().addListener((obs, old, now) -> {
            if (!filling) {
                lastTime.refresh(form.entries());
                blocksAround.follow(formDate(), choices::setAll, this::failed);
            }
        });
        form.purposeProperty().addListener((obs, old, now) -> lastTime.refresh(form.entries()));
        choices.offer().addListener((obs, old, now) -> plannedOffer.set(now == null ? "" : offerText(now)));
        form.kindProperty().addListener((obs, old, now) -> {
            if (now == LogForm.Kind.WORKOUT && !filling) {
                dropUntouchedPlan();
            }
        });
        units.addListener((obs, old, now) -> unitsChanged(old, now));
        plates.addListener((obs, old, now) -> revalidate());
        this.quickEntry = new QuickEntryViewModel(new LogSessions(logbook, clock), executor, clock, units::get, busy,
                new QuickEntryHost(this));
        fill(() -> form.reset(LocalDateTime.now(clock)));
    }

    /** The quick-entry box above the form (Ctrl+L). */
    public QuickEntryViewModel quickEntry() {
        return quickEntry;
    }

    public LogForm form() {
        return form;
    }

    private String offerText(TrainingChoices.Offer offer) {
        LocalDate day = offer.block().dateOf(offer.planned());
        return (day.equals(LocalDate.now(clock)) ? "Planned today: " : "Planned on "
                + DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(day) + ": ") + offer.block().name()
                + " · " + offer.planned().displayName() + ". Log it as training?";
    }

    public LogChecks checks() {
        return checks;
    }

    public ExerciseSearch search() {
        return search;
    }

    /** Blocks a training session on the form's date can belong to (active that day). */
    public ObservableList<TrainingBlock> blocks() {
        return choices.blocks();
    }

    /** The chosen block's planned sessions in the week of the form's date. */
    public ObservableList<PlannedSession> plannedChoices() {
        return choices.planned();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while "discard your changes?" is asked. */
    public ReadOnlyBooleanProperty leavePromptProperty() {
        return leavePrompt;
    }

    /** What just happened: "Saved", "Not saved: …". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** Non-empty while a draft from an earlier run waits to be restored or discarded. */
    public ReadOnlyStringProperty draftOfferProperty() {
        return keeper.offer();
    }

    /** Counts edits; the view saves the draft a moment after the last one. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    public UnitPreferences units() {
        return units.get();
    }

    public ReadOnlyObjectProperty<UnitPreferences> unitsProperty() {
        return units;
    }

    public void setOnSaved(Consumer<Session> action) {
        onSaved = action;
    }

    public void setOnLeave(Runnable action) {
        onLeave = action;
    }

    /** Where a failure of work the form does for itself (looking up last time) is shown: the status bar. */
    public void setOnBackgroundProblem(Consumer<String> action) {
        onBackgroundProblem = action;
    }

    /** The catalogue's names, as last read. */
    public ExerciseNames names() {
        return this::exerciseName;
    }

    private String exerciseName(ExerciseId id) {
        Exercise e = catalogue.get(id);
        return e == null ? id.value() : e.name();
    }

    private void changed() {
        if (filling) {
            return;
        }
        dirty.set(true);
        changes.set(changes.get() + 1);
        revalidate();
    }

    private void revalidate() {
        if (!filling) {
            checks.revalidate(form.entries());
            BarbellHints.update(form.entries(), plates(), units.get());
        }
    }

    /** The bar and plates set in the settings, or the standard ones of the user's unit. */
    public Plates plates() {
        return plates.get() != null ? plates.get() : Plates.standard(units.get().mass());
    }

    /** Reads the catalogue and blocks (they may have changed since) and, on a pristine form, looks at the plan. */
    public void open() {
        LocalDate day = formDate();
        quickEntry.open();
        openingRead();
        executor.submit("Opening the log form", p -> readReference(day), ref -> openingFilled(() -> {
            apply(ref);
            if (!dirty.get() && !form.editing()) {
                choices.autoPlan();
                dirty.set(false);
            }
        }), error -> openingFilled(() -> failed(error)));
    }

    /**
     * True while the form reads in the background what fills it as it opens: the catalogue, the blocks and today's
     * plan, or the session to edit. It turns false in the same turn as the form is filled from them (or the reading
     * failed), after the entries are in, so the view can put the focus on the first of them exactly then.
     */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    private void openingRead() {
        openingReads++;
        opening.set(true);
    }

    /** Ends one opening read: {@code fill} puts its result in, then the form counts as opened if it was the last. */
    private void openingFilled(Runnable fill) {
        try {
            fill.run();
        } finally {
            openingReads--;
            opening.set(openingReads > 0);
        }
    }

    /**
     * The catalogue, the blocks around a day (see {@link BlocksAround}) and which of their planned sessions are
     * done already.
     */
    /** @param zones the athlete's heart-rate zones, or null while unknown */
    private record Reference(Map<ExerciseId, Exercise> catalogue, List<TrainingBlock> blocks, LocalDate around,
            Set<PlannedSessionId> done, HeartRateZones zones, List<Routine> routines) {
    }

    private Reference readReference(LocalDate around) {
        Map<ExerciseId, Exercise> exercises = new LinkedHashMap<>();
        logbook.exercises().all().forEach(e -> exercises.put(e.id(), e));
        List<TrainingBlock> blocks = blocksAround.read(around);
        Set<PlannedSessionId> done = new HashSet<>();
        for (TrainingBlock block : blocks) {
            done.addAll(logbook.sessions().fulfilled(block.id()).keySet());
        }
        return new Reference(exercises, blocks, around, done,
                logbook.settings().athlete().heartRateZones().orElse(null), logbook.routines().all());
    }

    private void apply(Reference ref) {
        catalogue = ref.catalogue();
        blocksAround.readAround(ref.around());
        search.setCatalogue(List.copyOf(catalogue.values()));
        choices.setDone(ref.done());
        choices.setAll(ref.blocks());
        form.setZones(ref.zones());
        routines.show(ref.routines());
        targets.update();
    }

    private LocalDate formDate() {
        return form.day();
    }

    /**
     * "Planned today: Linear 5×5 · Workout A. Log it as training?" while a workout is typed on a day with a planned
     * session not done yet; empty otherwise.
     */
    public ReadOnlyStringProperty plannedOfferProperty() {
        return plannedOffer;
    }

    /** Switches the form to training with the offered planned session, which fills the form. */
    public void acceptPlannedOffer() {
        choices.acceptOffer();
    }

    /** A fresh form for now; asks first when something unsaved would be lost. */
    public void newSession() {
        whenNothingIsLost(() -> {
            startFresh();
            choices.autoPlan();
            dirty.set(false);
        });
    }

    private void startFresh() {
        message.set("");
        fill(() -> form.reset(LocalDateTime.now(clock)));
        title.set("New session");
        dirty.set(false);
        choices.refresh();
    }

    /** Loads a saved session into the form; saving replaces it. */
    public void edit(SessionId id) {
        whenNothingIsLost(() -> {
            openingRead();
            executor.submit("Opening the session", p -> {
                Session session = logbook.sessions().find(id).orElseThrow(() -> new IllegalStateException(
                        "That session is no longer in the logbook."));
                return Map.entry(readReference(session.date()), session);
            }, loaded -> openingFilled(() -> loadForEditing(loaded.getKey(), loaded.getValue())),
                    error -> openingFilled(() -> failed(error)));
        });
    }

    private void loadForEditing(Reference reference, Session session) {
        apply(reference);
        TrainingBlock block = session instanceof TrainingSession t ? choices.all().stream()
                .filter(b -> b.id().equals(t.block())).findFirst().orElse(null) : null;
        fill(() -> form.fill(session, block, catalogue));
        title.set("Edit session of " + WHEN.format(session.start()));
        dirty.set(false);
        choices.refresh();
        lastTime.refresh(form.entries());
    }

    /** Looks for a draft left by an earlier run; {@code onFound} runs (on the UI thread) when there is one. */
    public void checkForDraft(Runnable onFound) {
        keeper.check(onFound);
    }

    public void restoreDraft() {
        executor.submit("Restoring the unsaved session", p -> Map.entry(readReference(LocalDate.now(clock)),
                keeper.find()),
                loaded -> {
                    keeper.offer().set("");
                    apply(loaded.getKey());
                    Optional<DraftRepository.Draft> draft = loaded.getValue();
                    if (draft.isEmpty()) {
                        return;
                    }
                    fill(() -> {
                        UnitPreferences typedIn = form.fromDraft(draft.get().payload(), choices.all(), catalogue);
                        if (!typedIn.equals(units.get())) {
                            form.entries().forEach(e -> e.convertUnits(typedIn, units.get()));
                        }
                    });
                    title.set(form.editing() ? "Edit session (restored)" : "New session (restored)");
                    dirty.set(true);
                    choices.refresh();
                    lastTime.refresh(form.entries());
                }, this::failed);
    }

    public void discardDraft() {
        keeper.discard();
    }

    /** Writes the form as a draft; the view calls this a moment after the last change. */
    public void saveDraft() {
        if (dirty.get() && !busy.get() && !filling) {
            keeper.keep(form.toDraft(), LocalDateTime.now(clock));
        }
    }

    /** Ctrl+S: saves when valid; otherwise shows every field's message and says what is missing. */
    public void save() {
        if (busy.get()) {
            return;
        }
        checks.revalidate(form.entries());
        Session session = checks.session();
        if (session == null) {
            checks.showAllErrors();
            message.set("Not saved: " + checks.problemProperty().get());
            return;
        }
        busy.set(true);
        keeper.stop();
        ExerciseNames names = this::exerciseName;
        UnitPreferences shownIn = units.get();
        executor.submit("Saving the session", p -> {
            keeper.save(session);
            return Map.entry(session, RecordsNotice.of(logbook, session, shownIn, names));
        }, done -> {
            Session saved = done.getKey();
            busy.set(false);
            dirty.set(false);
            // The form starts afresh below; what was saved is said where the user goes next (see savedNotice).
            message.set("");
            savedNotice.set("Saved " + WHEN.format(saved.start()) + "." + done.getValue());
            if (saved instanceof TrainingSession t && t.plannedSession() != null) {
                choices.markDone(t.plannedSession());
            }
            onSaved.accept(saved);
            startFresh();
        }, error -> {
            busy.set(false);
            message.set("Not saved: " + error.getMessage());
        });
    }

    /**
     * What the last save did: "Saved Mon 23 Nov, 18:30. New record: Back squat: heaviest set, 120 kg × 5." Shown
     * where the user goes after saving (the history), not on the fresh form.
     */
    public ReadOnlyStringProperty savedNoticeProperty() {
        return savedNotice;
    }

    /**
     * Puts a session typed in the quick-entry box into the form as a new session. {@code keep} makes it the user's
     * unsaved work (Enter), asking first if that would lose other work; without it, it is only a preview. {@code then}
     * runs once it is in.
     */
    void showTyped(Reading.Understood typed, boolean keep, Runnable then) {
        Runnable show = () -> {
            fill(() -> form.fillNew(typed.session(), typed.block(), catalogue));
            title.set("New session");
            choices.refresh();
            lastTime.refresh(form.entries());
            if (keep) {
                dirty.set(true);
                changes.set(changes.get() + 1);
            }
            then.run();
        };
        if (keep) {
            whenNothingIsLost(show);
        } else {
            show.run();
        }
    }

    /** Sessions the quick-entry box saved on its own (several at once). */
    void savedElsewhere(List<Session> sessions) {
        // As after a save of the form: the notice goes where the user goes next, the fresh form says nothing.
        savedNotice.set("Saved " + sessions.size() + " sessions.");
        for (Session s : sessions) {
            if (s instanceof TrainingSession t && t.plannedSession() != null) {
                choices.markDone(t.plannedSession());
            }
        }
        startFresh();
        onSaved.accept(sessions.get(sessions.size() - 1));
    }

    /** An exercise the user confirmed in the quick-entry box joins the form's catalogue. */
    void exerciseAdded(Exercise exercise) {
        Map<ExerciseId, Exercise> more = new LinkedHashMap<>(catalogue);
        more.put(exercise.id(), exercise);
        catalogue = more;
        search.add(exercise);
    }

    void say(String text) {
        message.set(text);
    }

    /** Esc: leaves at once when nothing is unsaved, else asks. */
    public void requestLeave() {
        whenNothingIsLost(() -> onLeave.run());
    }

    private void whenNothingIsLost(Runnable action) {
        if (dirty.get()) {
            afterDiscard = action;
            leavePrompt.set(true);
        } else {
            action.run();
        }
    }

    /** "Discard": drops the form and its draft, then does what was asked. */
    public void confirmLeave() {
        leavePrompt.set(false);
        dirty.set(false);
        discardDraft();
        startFresh();
        Runnable then = afterDiscard;
        afterDiscard = null;
        if (then != null) {
            then.run();
        }
    }

    public void cancelLeave() {
        leavePrompt.set(false);
        afterDiscard = null;
    }

    /**
     * Adds an exercise with its sets filled in, to tick off: from this week's prescription of it in a training
     * session, else (a workout, or nothing planned) from the last time it was done, once that is read.
     */
    public StrengthModel addExercise(Exercise exercise) {
        StrengthModel model = form.addExercise(exercise);
        search.queryProperty().set("");
        if (form.kindProperty().get() == LogForm.Kind.TRAINING
                && model.prescribed() instanceof Prescription.Strength rx) {
            fill(() -> new Prefill(units.get(), this::changed, clock::instant).fill(model, rx));
        } else {
            model.fillFromLastTime(true);
        }
        lastTime.refresh(List.of(model));
        return model;
    }

    /**
     * Ctrl+W: adds the warm-up sets offered for the first heavy lift before its first set; returns that lift, or
     * null when no warm-ups are offered.
     */
    public StrengthModel addWarmUps() {
        for (EntryModel e : form.entries()) {
            if (e instanceof StrengthModel lift && !lift.warmUpOfferProperty().get().isEmpty()) {
                lift.addWarmUps(units.get());
                return lift;
            }
        }
        return null;
    }

    /** Enter in the exercise search: the best match, or a new catalogue exercise of that name. */
    public StrengthModel addFirstMatch() {
        Optional<Exercise> match = search.best();
        if (match.isPresent()) {
            return addExercise(match.get());
        }
        Optional<Exercise> created = search.newExercise();
        if (created.isEmpty()) {
            return null;
        }
        Exercise exercise = created.get();
        executor.submit("Adding " + exercise.name() + " to the catalogue", p -> {
            logbook.exercises().save(exercise);
            return null;
        }, ok -> { }, this::failed);
        search.add(exercise);
        return addExercise(exercise);
    }

    /** The routines: started, saved from the form, renamed, deleted. */
    public LogRoutines routines() {
        return routines;
    }

    private List<ActivityEntry> routineEntries() {
        Validation v = new Validation();
        List<ActivityEntry> built = form.buildEntries(v);
        routineProblem = v.firstProblem();
        if (built == null) {
            checks.showAllErrors();
        }
        return built;
    }

    /**
     * A new workout from a routine, named after it: each exercise with the routine's sets until the last time it
     * was done is read, which then takes their place; runs and activities as the routine has them. Asks first when
     * something unsaved would be lost.
     */
    public void startRoutine(Routine routine) {
        whenNothingIsLost(() -> {
            startFresh();
            fill(() -> {
                form.label().set(routine.name());
                for (ActivityEntry e : routine.entries()) {
                    if (e instanceof StrengthEntry s) {
                        StrengthModel lift = form.addExercise(catalogue.getOrDefault(s.exercise(),
                                Prefill.unknown(s.exercise())));
                        lift.proposeAgain(s.sets(), units.get());
                        lift.fillFromLastTime(true);
                    } else if (e instanceof EnduranceEntry en) {
                        form.addEndurance(en.modality()).fill(en, units.get());
                    } else {
                        form.addTimed().fill((TimedEntry) e);
                    }
                }
            });
            dirty.set(false);
            lastTime.refresh(form.entries());
        });
    }

    public EnduranceModel addEndurance() {
        EnduranceModel model = form.addEndurance(Modality.RUN);
        model.modalityProperty().addListener((obs, old, now) -> lastTime.refresh(List.of(model)));
        lastTime.refresh(List.of(model));
        return model;
    }

    public TimedModel addTimed() {
        return form.addTimed();
    }

    public void remove(EntryModel entry) {
        form.entries().remove(entry);
    }

    /** Moves rest countdowns on; the view calls it every second. */
    public void tick() {
        Instant now = clock.instant();
        form.entries().stream().filter(StrengthModel.class::isInstance)
                .forEach(e -> ((StrengthModel) e).tick(now));
    }

    /**
     * A spin class logged on a 5×5 day starts from an empty form: switching a plan-filled form to a workout takes
     * the plan's entries away again, unless the user has already typed in one of them.
     */
    private void dropUntouchedPlan() {
        List<EntryModel> drop = fromPlan;
        fromPlan = List.of();
        if (drop.isEmpty() || fromPlanTouched) {
            return;
        }
        fill(() -> {
            form.entries().removeAll(drop);
            form.plannedProperty().set(null);
            form.purposeProperty().set(null);
            form.notes().hintProperty().set("");
        });
        lastTime.refresh(form.entries());
    }

    private void fill(Runnable work) {
        filling = true;
        try {
            work.run();
        } finally {
            filling = false;
        }
        changes.set(changes.get() + 1);
        revalidate();
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private void unitsChanged(UnitPreferences old, UnitPreferences now) {
        fill(() -> form.entries().forEach(e -> {
            e.convertUnits(old, now);
            if (e instanceof EnduranceModel en) {
                en.updatePaceUnit();
            }
        }));
        lastTime.refresh(form.entries());
    }
}
