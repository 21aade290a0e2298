package app.overload.ui.blocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Checks;
import app.overload.domain.InvalidValueException;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.planning.Compliance;
import app.overload.planning.PlannedDay;
import app.overload.ui.Field;
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
 * The side panel of the block view for one day: the planned sessions of that day with what was done, and the form
 * that adds, changes or removes one (purpose, title, notes, prescriptions with their rules). Nothing is written
 * until Save; the whole block is then saved in one transaction.
 */
public final class PlanEditorViewModel {

    private final BlockViewModel block;
    private final ObservableList<PlannedDay> planned = FXCollections.observableArrayList();
    private final ObjectProperty<PlannedSession> editing = new SimpleObjectProperty<>(this, "editing");
    private final BooleanProperty formOpen = new SimpleBooleanProperty(this, "formOpen", false);
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final Field title = new Field();
    private final Field notes = new Field();
    private final ObservableList<Prescription> prescriptions = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");

    PlanEditorViewModel(BlockViewModel block) {
        this.block = block;
        purpose.addListener((obs, old, now) -> message.set(""));
        prescriptions.addListener((ListChangeListener<Prescription>) c -> message.set(""));
        block.selectedDayProperty().addListener((obs, old, now) -> {
            close();
            refresh();
        });
        block.complianceProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        LocalDate day = block.selectedDayProperty().get();
        Compliance c = block.complianceProperty().get();
        if (day == null || c == null) {
            planned.clear();
            heading.set("");
            return;
        }
        planned.setAll(c.weeks().stream().flatMap(w -> w.sessions().stream()).filter(p -> p.date().equals(day))
                .toList());
        int week = c.block().weekOf(day).orElse(0);
        heading.set(Texts.day(day) + (week > 0 ? " · week " + week : ""));
    }

    public ObservableList<PlannedDay> planned() {
        return planned;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    /** The planned session being changed, or null while adding one. */
    public ObjectProperty<PlannedSession> editingProperty() {
        return editing;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public Field title() {
        return title;
    }

    public Field notes() {
        return notes;
    }

    public ObservableList<Prescription> prescriptions() {
        return prescriptions;
    }

    /** What went wrong with the last save, or empty. */
    public StringProperty messageProperty() {
        return message;
    }

    public boolean editable() {
        return !block.archived() && block.selectedDayProperty().get() != null
                && block.block().flatMap(b -> b.weekOf(block.selectedDayProperty().get())).isPresent();
    }

    public void startAdd() {
        editing.set(null);
        purpose.set(null);
        title.set("");
        notes.set("");
        prescriptions.clear();
        message.set("");
        title.setError("");
        formOpen.set(true);
    }

    public void startEdit(PlannedSession session) {
        editing.set(session);
        purpose.set(session.purpose());
        title.set(session.title());
        notes.set(session.notes());
        prescriptions.setAll(session.prescriptions());
        message.set("");
        title.setError("");
        formOpen.set(true);
    }

    public void close() {
        formOpen.set(false);
        editing.set(null);
        message.set("");
    }

    /** The planned session the form describes, or empty with the messages set. */
    Optional<PlannedSession> build() {
        message.set("");
        title.setError("");
        TrainingBlock b = block.block().orElseThrow();
        LocalDate day = block.selectedDayProperty().get();
        if (purpose.get() == null) {
            message.set("Choose what the session is for (its purpose).");
            return Optional.empty();
        }
        try {
            Checks.optionalName(title.value(), "title");
        } catch (InvalidValueException e) {
            title.setError(e.getMessage());
            return Optional.empty();
        }
        PlannedSession current = editing.get();
        try {
            return Optional.of(new PlannedSession(current == null ? PlannedSessionId.random() : current.id(),
                    b.weekOf(day).orElseThrow(), day.getDayOfWeek(), purpose.get(), title.value(),
                    List.copyOf(prescriptions), notes.textProperty().get()));
        } catch (InvalidValueException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the form into the plan (replacing the session being changed), then closes it. */
    public void save() {
        Optional<PlannedSession> built = build();
        if (built.isEmpty()) {
            return;
        }
        TrainingBlock b = block.block().orElseThrow();
        List<PlannedSession> plan = new ArrayList<>(b.plan());
        PlannedSession current = editing.get();
        if (current == null) {
            plan.add(built.get());
        } else {
            plan.replaceAll(p -> p.id().equals(current.id()) ? built.get() : p);
        }
        block.savePlan(plan, this::close, message::set);
    }

    /** Takes a planned session out of the plan; a session logged against it stays, as unplanned training. */
    public void remove(PlannedSession session) {
        TrainingBlock b = block.block().orElseThrow();
        List<PlannedSession> plan = new ArrayList<>(b.plan());
        plan.removeIf(p -> p.id().equals(session.id()));
        block.savePlan(plan, this::close, message::set);
    }

    public void addPrescription(Prescription rx) {
        prescriptions.add(rx);
    }

    public void replacePrescription(int index, Prescription rx) {
        prescriptions.set(index, rx);
    }

    public void removePrescription(int index) {
        prescriptions.remove(index);
    }
}
