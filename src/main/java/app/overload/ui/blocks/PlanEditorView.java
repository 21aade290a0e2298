package app.overload.ui.blocks;

import java.util.List;
import java.util.Locale;

import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.SessionSummary;
import app.overload.domain.TrainingSession;
import app.overload.planning.PlanState;
import app.overload.planning.PlannedDay;
import app.overload.ui.Shortcut;
import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side panel of the plan: the day clicked, each planned session with its prescriptions and what was done, and
 * the form that adds or changes a session (purpose, title, notes, prescriptions, each with its rule).
 */
public final class PlanEditorView extends VBox {

    public static final String ID = "plan-editor";

    private final PlanEditorViewModel model;
    private final BlockViewModel block;
    private final VBox sessions = new VBox(10);
    private final VBox form = new VBox(8);
    private final VBox prescriptionRows = new VBox(6);

    PlanEditorView(PlanEditorViewModel model, BlockViewModel block) {
        this.model = model;
        this.block = block;
        setId(ID);
        getStyleClass().add("plan-editor");
        // Its width is set in ems in blocks.css, so the panel grows with the text.
        setSpacing(10);

        Label heading = new Label();
        heading.setId("plan-editor-day");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(model.headingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("plan-editor-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> block.selectedDayProperty().set(null));
        close.setTooltip(new Tooltip(Shortcut.CLOSE_DAY.tip("Close the day")));
        HBox top = new HBox(6, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox footer = buildForm();
        VBox body = new VBox(12, sessions, form);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        footer.visibleProperty().bind(model.formOpenProperty());
        footer.managedProperty().bind(footer.visibleProperty());
        getChildren().setAll(top, scroll, footer);

        model.planned().addListener((ListChangeListener<PlannedDay>) c -> showSessions());
        model.formOpenProperty().addListener((obs, old, now) -> showSessions());
        model.headingProperty().addListener((obs, old, now) -> showSessions());
        model.prescriptions().addListener((ListChangeListener<Prescription>) c -> showPrescriptions());
        form.visibleProperty().bind(model.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        showSessions();
    }

    private void showSessions() {
        sessions.getChildren().clear();
        if (model.formOpenProperty().get()) {
            return;
        }
        PrescriptionText text = block.prescriptionText();
        boolean editable = model.editable();
        for (PlannedDay day : model.planned()) {
            sessions.getChildren().add(sessionCard(day, text, editable));
        }
        if (block.selectedDayProperty().get() != null) {
            for (TrainingSession s : block.unplanned().getOrDefault(block.selectedDayProperty().get(), List.of())) {
                Label title = new Label("Unplanned training · " + s.purpose().label());
                title.getStyleClass().add("card-title");
                Label done = Fields.muted(summary().describe(s));
                VBox card = new VBox(4, title, done);
                card.getStyleClass().addAll("editor-card", "extra");
                sessions.getChildren().add(card);
            }
        }
        if (model.planned().isEmpty() && sessions.getChildren().isEmpty()) {
            sessions.getChildren().add(Fields.muted("Nothing is planned on this day: a rest day."));
        }
        if (editable) {
            Button add = new Button("Plan a session on this day", new FontIcon(Feather.PLUS));
            add.setId("plan-add-session");
            add.setOnAction(e -> model.startAdd());
            sessions.getChildren().add(add);
        }
    }

    private SessionSummary summary() {
        PrescriptionText text = block.prescriptionText();
        return new SessionSummary(text.units(), text::name);
    }

    private VBox sessionCard(PlannedDay day, PrescriptionText text, boolean editable) {
        PlannedSession planned = day.planned();
        Label title = new Label(planned.displayName());
        title.getStyleClass().add("card-title");
        Label purpose = Fields.muted(planned.purpose().label());
        VBox card = new VBox(4, title, purpose);
        for (Prescription rx : planned.prescriptions()) {
            Label line = new Label(text.describe(rx));
            line.setWrapText(true);
            card.getChildren().add(line);
        }
        if (planned.prescriptions().isEmpty()) {
            card.getChildren().add(Fields.muted("No prescriptions yet."));
        }
        if (!planned.notes().isBlank()) {
            card.getChildren().add(Fields.muted(planned.notes()));
        }
        Label state = new Label(PlanGrid.stateSentence(day));
        state.getStyleClass().addAll("state-line", day.state().name().toLowerCase(Locale.ROOT));
        state.setWrapText(true);
        card.getChildren().add(state);
        if (day.state() == PlanState.DONE) {
            for (TrainingSession s : block.doneFor(planned.id())) {
                Label done = Fields.muted("Logged: " + summary().describe(s));
                card.getChildren().add(done);
            }
        }
        if (editable) {
            Button edit = new Button("Change");
            edit.setId("plan-edit-" + planned.id());
            edit.setOnAction(e -> model.startEdit(planned));
            Button remove = new Button("Remove");
            remove.setId("plan-remove-" + planned.id());
            Label confirm = new Label(day.state() == PlanState.DONE ? "The session logged for it stays, as unplanned "
                    + "training." : "Remove it from the plan?");
            confirm.setWrapText(true);
            Button yes = new Button("Remove");
            yes.getStyleClass().add(Styles.DANGER);
            yes.setId("plan-remove-confirm");
            yes.setOnAction(e -> model.remove(planned));
            Button no = new Button("Keep");
            VBox ask = new VBox(6, confirm, new HBox(8, no, yes));
            SimpleBooleanProperty asking = new SimpleBooleanProperty(false);
            ask.visibleProperty().bind(asking);
            ask.managedProperty().bind(asking);
            remove.setOnAction(e -> asking.set(true));
            no.setOnAction(e -> asking.set(false));
            card.getChildren().addAll(new HBox(8, edit, remove), ask);
        }
        card.getStyleClass().addAll("editor-card", day.state().name().toLowerCase(Locale.ROOT));
        return card;
    }

    /** The form in the scrolling part; its Save and Cancel in a footer that stays in sight. */
    private HBox buildForm() {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        model.editingProperty().addListener((obs, old, now) -> title.setText(now == null ? "New planned session"
                : "Change \"" + now.displayName() + "\""));
        title.setText("New planned session");
        ComboBox<Purpose> purpose = new ComboBox<>();
        purpose.setId("plan-purpose");
        purpose.getItems().setAll(Purpose.values());
        purpose.valueProperty().bindBidirectional(model.purposeProperty());
        Fields.cells(purpose, Purpose::label, "What is it for?");
        purpose.setMaxWidth(Double.MAX_VALUE);
        SimpleBooleanProperty showAll = new SimpleBooleanProperty(true);
        TextField name = Fields.text(model.title(), "plan-title", 200, showAll);
        name.promptTextProperty().unbind();
        name.setPromptText("e.g. Workout A, Tempo run");
        name.setMaxWidth(Double.MAX_VALUE);
        TextArea notes = new TextArea();
        notes.setId("plan-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes().textProperty());
        Label rxCaption = new Label("Prescriptions");
        rxCaption.getStyleClass().add("field-caption");
        Button lift = new Button("Lift", new FontIcon(Feather.PLUS));
        lift.setId("plan-add-strength");
        lift.setOnAction(e -> addPrescription(PrescriptionForm.Kind.STRENGTH));
        Button endurance = new Button("Run, ride…", new FontIcon(Feather.PLUS));
        endurance.setId("plan-add-endurance");
        endurance.setOnAction(e -> addPrescription(PrescriptionForm.Kind.ENDURANCE));
        Button timed = new Button("Timed", new FontIcon(Feather.PLUS));
        timed.setId("plan-add-timed");
        timed.setOnAction(e -> addPrescription(PrescriptionForm.Kind.TIMED));
        Label message = new Label();
        message.setId("plan-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Button save = new Button("Save to the plan");
        save.setId("plan-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setId("plan-cancel");
        cancel.setOnAction(e -> model.close());
        form.getChildren().setAll(title, Fields.labelled("Purpose", purpose), Fields.labelled("Title", name),
                Fields.message(model.title(), showAll), Fields.labelled("Notes", notes), rxCaption, prescriptionRows,
                adders(lift, endurance, timed), message);
        form.getStyleClass().add("editor-card");
        cancel.setTooltip(new Tooltip(Shortcut.CLOSE_DAY.tip("Cancel: the plan stays as it was")));
        HBox footer = new HBox(8, save, cancel);
        footer.getStyleClass().add("editor-footer");
        return footer;
    }

    /** The three ways to add a prescription, on two lines when the panel is too narrow for one. */
    private static FlowPane adders(Button... buttons) {
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new FlowPane(6, 6, buttons);
    }

    private void showPrescriptions() {
        prescriptionRows.getChildren().clear();
        PrescriptionText text = block.prescriptionText();
        for (int i = 0; i < model.prescriptions().size(); i++) {
            int index = i;
            Label line = new Label(text.describe(model.prescriptions().get(i)));
            line.setWrapText(true);
            HBox.setHgrow(line, Priority.ALWAYS);
            line.setMaxWidth(Double.MAX_VALUE);
            Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
            edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            edit.setId("rx-edit-" + i);
            edit.setTooltip(new Tooltip("Change this prescription"));
            edit.setOnAction(e -> PrescriptionDialog.open(getScene().getWindow(), form(),
                    model.prescriptions().get(index), rx -> model.replacePrescription(index, rx)));
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setId("rx-remove-" + i);
            remove.setTooltip(new Tooltip("Remove this prescription"));
            remove.setOnAction(e -> model.removePrescription(index));
            HBox row = new HBox(4, line, edit, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            prescriptionRows.getChildren().add(row);
        }
        if (model.prescriptions().isEmpty()) {
            prescriptionRows.getChildren().add(Fields.muted("None yet: add a lift, a run or a timed activity."));
        }
    }

    private PrescriptionForm form() {
        return new PrescriptionForm(block.prescriptionText().units(), block.detailsProperty().get().catalogue()
                .exercises());
    }

    private void addPrescription(PrescriptionForm.Kind kind) {
        PrescriptionForm form = form();
        form.start(kind);
        PrescriptionDialog.open(getScene().getWindow(), form, null, model::addPrescription);
    }
}
