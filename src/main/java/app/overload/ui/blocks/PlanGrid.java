package app.overload.ui.blocks;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingSession;
import app.overload.domain.WeekKind;
import app.overload.planning.Compliance;
import app.overload.planning.PlanState;
import app.overload.planning.PlanWeek;
import app.overload.planning.PlannedDay;
import app.overload.ui.Ems;
import app.overload.ui.UiStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The plan as a table: a row per week (its number, first day, deload or taper, phase), a column per day of the
 * block's week, and the week's compliance at the end. Each planned session is a chip coloured by its state; a
 * training session logged without a plan shows as unplanned. Clicking a day opens it in the side panel.
 */
public final class PlanGrid extends GridPane {

    public static final String ID = "plan-grid";
    /** The Done column's width, in ems of the grid's text. */
    private static final double DONE_EMS = 5;

    private final BlockViewModel model;
    private final List<Label> headers = new ArrayList<>();
    private double pinned;
    private boolean compact;
    private DoubleBinding em;

    PlanGrid(BlockViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("plan-grid");
        model.complianceProperty().addListener((obs, old, now) -> build());
        model.selectedDayProperty().addListener((obs, old, now) -> build());
        build();
    }

    private void build() {
        getChildren().clear();
        headers.clear();
        getColumnConstraints().clear();
        Compliance compliance = model.complianceProperty().get();
        if (compliance == null) {
            return;
        }
        LocalDate start = compliance.block().start();
        Label weekHeader = header("Week");
        // Widths in ems, measured on a header, so larger text widens the columns rather than cutting their words.
        em = Ems.of(weekHeader);
        ColumnConstraints week = new ColumnConstraints();
        week.minWidthProperty().bind(em.multiply(5.8));
        week.prefWidthProperty().bind(em.multiply(5.8));
        getColumnConstraints().add(week);
        for (int i = 0; i < 7; i++) {
            // No preferred width: a day with sessions asks for the room its chips need, a rest day gives it up.
            ColumnConstraints day = new ColumnConstraints();
            day.setHgrow(Priority.ALWAYS);
            day.minWidthProperty().bind(em.multiply(3));
            day.setFillWidth(true);
            getColumnConstraints().add(day);
        }
        if (!compact) {
            ColumnConstraints done = new ColumnConstraints();
            done.minWidthProperty().bind(em.multiply(DONE_EMS));
            done.prefWidthProperty().bind(em.multiply(DONE_EMS));
            done.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(done);
        }

        add(weekHeader, 0, 0);
        for (int i = 0; i < 7; i++) {
            add(header(start.plusDays(i).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), i + 1, 0);
        }
        if (!compact) {
            Label doneHeader = header("Done");
            doneHeader.setAlignment(Pos.CENTER_RIGHT);
            add(doneHeader, 8, 0);
        }

        Map<LocalDate, List<TrainingSession>> unplanned = model.unplanned();
        PrescriptionText text = model.prescriptionText();
        PlanWeek previous = null;
        for (PlanWeek w : compliance.weeks()) {
            int row = w.week();
            VBox weekCell = weekCell(w, previous);
            add(weekCell, 0, row);
            previous = w;
            for (int i = 0; i < 7; i++) {
                LocalDate date = w.start().plusDays(i);
                List<PlannedDay> sessions = w.sessions().stream().filter(s -> s.date().equals(date)).toList();
                add(dayCell(w, date, sessions, unplanned.getOrDefault(date, List.of()), compliance.today(), text),
                        i + 1, row);
            }
            if (compact) {
                weekCell.getChildren().add(1, compliance(w));
            } else {
                add(doneCell(w), 8, row);
            }
        }
        pinHeader(pinned);
    }

    /**
     * Whether the week's compliance shows in its first cell ("Week 3 · 67 %") rather than in a Done column of its
     * own: for a plan short of room (large text on a small window), so the seven days keep theirs.
     */
    void setCompact(boolean compact) {
        if (compact != this.compact) {
            this.compact = compact;
            build();
        }
    }

    boolean isCompact() {
        return compact;
    }

    /** The least width the plan needs with its Done column, in pixels: what it needs now, plus that column if folded. */
    double widthWithDoneColumn() {
        double now = minWidth(-1);
        return compact && em != null ? now + em.get() * DONE_EMS : now;
    }

    /** The least width the plan needs with the compliance folded into the weeks' cells. */
    double narrowestWidth() {
        double now = minWidth(-1);
        return compact || em == null ? now : now - em.get() * DONE_EMS;
    }

    private Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("grid-header");
        label.setMaxWidth(Double.MAX_VALUE);
        // A rest day's column is as narrow as its header, never narrower: "Thu", not "T…".
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTranslateY(pinned);
        headers.add(label);
        return label;
    }

    /** Keeps the day names in sight while the weeks scroll under them: {@code offset} is how far the grid scrolled. */
    void pinHeader(double offset) {
        pinned = Math.max(0, offset);
        for (Label header : headers) {
            header.setTranslateY(pinned);
            header.toFront();
        }
    }

    /** "Week 3", its first day, and a third line where something starts: a deload, a taper, a new phase. */
    private VBox weekCell(PlanWeek w, PlanWeek previous) {
        Label number = new Label("Week " + w.week());
        number.getStyleClass().add("week-number");
        Label first = new Label(Texts.SHORT.format(w.start()));
        first.getStyleClass().addAll(UiStyles.MUTED, "week-date");
        VBox cell = new VBox(1, number, first);
        if (w.kind() != WeekKind.NORMAL) {
            Label kind = new Label(Texts.kind(w.kind()));
            kind.getStyleClass().addAll("week-kind", w.kind().name().toLowerCase(Locale.ROOT));
            cell.getChildren().add(kind);
        } else if (!w.phase().isEmpty() && (previous == null || !previous.phase().equals(w.phase()))) {
            Label phase = wrapping(w.phase(), "week-phase");
            phase.getStyleClass().add(UiStyles.MUTED);
            cell.getChildren().add(phase);
        }
        if (!w.phase().isEmpty()) {
            Tooltip.install(cell, new Tooltip("Phase: " + w.phase()));
        }
        cell.getStyleClass().add("week-cell");
        cell.setId("week-" + w.week());
        rowStyle(cell, w);
        return cell;
    }

    private VBox dayCell(PlanWeek w, LocalDate date, List<PlannedDay> sessions, List<TrainingSession> extra,
            LocalDate today, PrescriptionText text) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add("day-cell");
        cell.setId("day-" + date);
        rowStyle(cell, w);
        if (date.equals(today)) {
            cell.getStyleClass().add("today-cell");
        }
        if (date.equals(model.selectedDayProperty().get())) {
            cell.getStyleClass().add("selected");
        }
        for (PlannedDay p : sessions) {
            cell.getChildren().add(chip(p, text));
        }
        for (TrainingSession s : extra) {
            Label title = wrapping("Unplanned", "chip-title");
            Label purpose = wrapping(s.purpose().label(), "chip-purpose");
            VBox chip = new VBox(1, title, purpose);
            chip.getStyleClass().addAll("plan-chip", "extra");
            Tooltip.install(chip, new Tooltip("Training logged in this block without a planned session: "
                    + s.purpose().label() + "."));
            cell.getChildren().add(chip);
        }
        if (sessions.isEmpty() && extra.isEmpty()) {
            Label rest = new Label("Rest");
            rest.getStyleClass().addAll(UiStyles.MUTED, "rest");
            rest.setMinWidth(Region.USE_PREF_SIZE);
            cell.getChildren().add(rest);
        }
        cell.setFocusTraversable(true);
        cell.setOnMouseClicked(e -> select(date));
        cell.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select(date);
            }
        });
        setValignment(cell, VPos.TOP);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private void select(LocalDate date) {
        model.selectedDayProperty().set(date.equals(model.selectedDayProperty().get()) ? null : date);
    }

    private static VBox chip(PlannedDay p, PrescriptionText text) {
        Label title = wrapping(p.planned().displayName(), "chip-title");
        Label state = wrapping(stateText(p), "chip-purpose");
        VBox chip = new VBox(1, title, state);
        String target = target(p, text);
        if (!target.isEmpty()) {
            Label aim = new Label(target);
            aim.getStyleClass().add("chip-target");
            aim.setWrapText(true);
            // Two lines at most, elided after: a narrow cell (the side panel open) must not grow a letter a line.
            aim.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> aim.getFont().getSize() * 2.7,
                    aim.fontProperty()));
            chip.getChildren().add(aim);
        }
        chip.getStyleClass().addAll("plan-chip", p.state().name().toLowerCase(Locale.ROOT),
                "purpose-" + p.planned().purpose().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        chip.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip(p.planned().displayName() + " · " + p.planned().purpose().label() + "\n"
                + p.planned().prescriptions().stream().map(text::describe).collect(Collectors.joining("\n"))
                + "\n" + stateSentence(p));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(chip, tip);
        return chip;
    }

    /**
     * A chip's line, which takes a second line in a narrow day rather than lose its end; never narrower than its
     * longest word, so it breaks between words ("Workout" / "A"), not inside one.
     */
    private static Label wrapping(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        String longest = Arrays.stream(text.split("\\s+")).max(Comparator.comparingInt(
                String::length)).orElse(text);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Text word = new Text(longest);
            word.setFont(label.getFont());
            return Math.ceil(word.getLayoutBounds().getWidth()) + 1;
        }, label.fontProperty()));
        return label;
    }

    /**
     * What a session still to come asks for, so the weeks ahead read as a plan: "8.0 km @ 5:00 /km", "Back squat
     * 5×5 @ 100 kg", with "+2" when more follow (the tooltip has them all). Empty once done or missed.
     */
    static String target(PlannedDay p, PrescriptionText text) {
        if (p.state() != PlanState.UPCOMING && p.state() != PlanState.TODAY
                || p.planned().prescriptions().isEmpty()) {
            return "";
        }
        Prescription first = p.planned().prescriptions().get(0);
        String what = first instanceof Prescription.Endurance e ? text.endurance(e) : text.describe(first);
        int more = p.planned().prescriptions().size() - 1;
        return more > 0 ? what + " +" + more : what;
    }

    /** The chip's second line: what was planned for, and how it went. */
    private static String stateText(PlannedDay p) {
        return switch (p.state()) {
            case DONE -> "✓ " + shortPurpose(p.planned().purpose());
            case MISSED -> "✗ Missed";
            case TODAY -> "Today";
            case UPCOMING -> shortPurpose(p.planned().purpose());
        };
    }

    /** The purpose in a word or two, to fit a day's column; the tooltip and the side panel say it in full. */
    static String shortPurpose(Purpose purpose) {
        return switch (purpose) {
            case EASY_AEROBIC -> "Easy";
            case TEMPO -> "Tempo";
            case HEAVY_STRENGTH -> "Heavy";
            case VOLUME_STRENGTH -> "Volume";
            case HILLS -> "Hills";
            default -> purpose.label();
        };
    }

    static String stateSentence(PlannedDay p) {
        if (p.state() == PlanState.DONE) {
            return p.doneOn().equals(p.date()) ? "Done." : "Done on " + Texts.day(p.doneOn()) + ".";
        }
        return switch (p.state()) {
            case MISSED -> "Missed: nothing was logged for it.";
            case TODAY -> "Planned for today.";
            default -> "Planned for " + Texts.day(p.date()) + ".";
        };
    }

    /** The week's compliance ("67 %"), coloured by how good it is, with "2 of 3" in its tooltip. */
    private static Label compliance(PlanWeek w) {
        Label percent = new Label(w.compliance().isPresent() ? w.compliance().getAsInt() + " %" : "–");
        percent.setId("week-" + w.week() + "-compliance");
        percent.getStyleClass().add("week-compliance");
        if (w.compliance().isPresent()) {
            int value = w.compliance().getAsInt();
            percent.getStyleClass().add(value >= 80 ? "good" : value >= 50 ? "fair" : "poor");
        }
        if (w.due() > 0) {
            percent.setTooltip(new Tooltip(w.done() + " of " + w.due() + " planned sessions done"));
        }
        percent.setMinWidth(Region.USE_PREF_SIZE);
        return percent;
    }

    private static VBox doneCell(PlanWeek w) {
        Label count = new Label(w.due() == 0 ? "" : w.done() + " of " + w.due());
        count.getStyleClass().add(UiStyles.MUTED);
        Label percent = compliance(w);
        percent.setId(null);
        count.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(2, percent, count);
        cell.setAlignment(Pos.TOP_RIGHT);
        cell.getStyleClass().add("done-cell");
        cell.setId("week-" + w.week() + "-compliance");
        rowStyle(cell, w);
        return cell;
    }

    private static void rowStyle(VBox cell, PlanWeek w) {
        if (w.current()) {
            cell.getStyleClass().add("current-week");
        }
        if (w.kind() != WeekKind.NORMAL) {
            cell.getStyleClass().add("light-week");
        }
    }
}
