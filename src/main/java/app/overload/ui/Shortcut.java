package app.overload.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app, in one list. The views install theirs from it ({@link #install}), tooltips
 * and menus name them from it ({@link #tip}), and the shortcut sheet (F1) is drawn from it, so what the sheet says
 * is what the keys do.
 */
public enum Shortcut {

    SHORTCUTS(Area.ANYWHERE, "Show these shortcuts", key(KeyCode.F1), shortcut(KeyCode.SLASH)),
    NEW_SESSION(Area.ANYWHERE, "Log a new session", shortcut(KeyCode.N)),
    GO_HISTORY(Area.ANYWHERE, "Go to the history", alt(KeyCode.DIGIT1)),
    GO_LOG(Area.ANYWHERE, "Go to the log form", alt(KeyCode.DIGIT2)),
    GO_BLOCKS(Area.ANYWHERE, "Go to the blocks", alt(KeyCode.DIGIT3)),
    GO_PROGRESS(Area.ANYWHERE, "Go to the charts", alt(KeyCode.DIGIT4)),
    IMPORT_HISTORY(Area.ANYWHERE, "Import history from other apps", shortcut(KeyCode.I)),
    ATHLETE(Area.ANYWHERE, "Your heart rates, zones and load measure", shortcut(KeyCode.COMMA)),
    TEXT_BIGGER(Area.ANYWHERE, "Larger text", shortcut(KeyCode.EQUALS), shortcut(KeyCode.PLUS),
            shortcut(KeyCode.ADD)),
    TEXT_SMALLER(Area.ANYWHERE, "Smaller text", shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT)),
    TEXT_RESET(Area.ANYWHERE, "Text at its normal size", shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0)),

    EDIT_SESSION(Area.HISTORY, "Open the selected session in the log form", key(KeyCode.ENTER)),
    DELETE_SESSION(Area.HISTORY, "Delete the selected session (it can be undone)", key(KeyCode.DELETE),
            key(KeyCode.BACK_SPACE)),
    UNDO_DELETE(Area.HISTORY, "Bring the deleted session back", shortcut(KeyCode.Z)),

    SAVE(Area.LOG, "Save the session", shortcut(KeyCode.S)),
    QUICK_ENTRY(Area.LOG, "Type a whole session in one line", shortcut(KeyCode.L)),
    LEAVE(Area.LOG, "Leave the form (asks first when something is unsaved)", key(KeyCode.ESCAPE)),
    FIND_EXERCISE(Area.LOG, "Find an exercise to add", shortcut(KeyCode.E)),
    ADD_ENDURANCE(Area.LOG, "Add a run, ride, row or swim", shortcut(KeyCode.R)),
    ADD_TIMED(Area.LOG, "Add a timed activity", shortcut(KeyCode.T)),
    GO_DATE(Area.LOG, "Go to the date", shortcut(KeyCode.D)),
    ADD_WARM_UPS(Area.LOG, "Add the warm-up sets on offer", shortcut(KeyCode.W)),
    ROUTINES(Area.LOG, "Start from a routine, or save the session as one", shortcut(KeyCode.O)),
    AS_WORKOUT(Area.LOG, "Log it as a workout (then its label)", shortcut(KeyCode.DIGIT1)),
    AS_TRAINING(Area.LOG, "Log it as training (then its block)", shortcut(KeyCode.DIGIT2)),

    CLOSE_DAY(Area.BLOCKS, "Close the day's side panel, or the plan form in it", key(KeyCode.ESCAPE));

    /** Where a shortcut works; the sheet shows one group per area. */
    public enum Area {
        ANYWHERE("Anywhere"), HISTORY("History"), LOG("Log form"), BLOCKS("Blocks"), DIALOGS("Dialogs");

        private final String title;

        Area(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Keys a control handles itself (a dialog's Esc, Enter in a set), listed on the sheet beside the shortcuts. */
    public record FieldKey(Area area, String keys, String action) {
    }

    /** What controls do with keys of their own: JavaFX's for Tab, Space and dialogs; the log form's for its rows. */
    public static final List<FieldKey> FIELD_KEYS = List.of(
            new FieldKey(Area.LOG, "Enter", "In the exercise search: add the best match"),
            new FieldKey(Area.LOG, "Down", "In the exercise search: walk the matches"),
            new FieldKey(Area.LOG, "Enter", "In a set: add the next set as a copy of it"),
            new FieldKey(Area.LOG, "Ctrl+Delete", "In a set: remove it"),
            new FieldKey(Area.LOG, "Ctrl+Enter", "In a set: tick it done and go on to the next"),
            new FieldKey(Area.LOG, "Space", "On Done: tick the set done and start the rest timer"),
            new FieldKey(Area.LOG, "Enter", "In quick entry: put the line into the form"),
            new FieldKey(Area.LOG, "Shift+Enter", "In quick entry: start another line"),
            new FieldKey(Area.LOG, "Ctrl+Tab", "Leave the notes or the quick-entry box"),
            new FieldKey(Area.HISTORY, "Up, Down", "Walk the sessions"),
            new FieldKey(Area.BLOCKS, "Enter, Space", "Open the block or the day in focus"),
            new FieldKey(Area.ANYWHERE, "Tab, Shift+Tab", "Next or previous control"),
            new FieldKey(Area.ANYWHERE, "Space", "Press the button in focus"),
            new FieldKey(Area.ANYWHERE, "Alt+Down", "Open the list of a choice box"),
            new FieldKey(Area.DIALOGS, "Esc", "Close the dialog without doing anything"),
            new FieldKey(Area.DIALOGS, "Enter", "Press the dialog's highlighted button"));

    private final Area area;
    private final String action;
    private final List<KeyCombination> keys;

    Shortcut(Area area, String action, KeyCombination... keys) {
        this.area = area;
        this.action = action;
        this.keys = List.of(keys);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    public Area area() {
        return area;
    }

    public String action() {
        return action;
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(k -> k.match(event));
    }

    /** The first keys as a person reads them: "Ctrl+S" ("⌘S" on a Mac), "Esc", "Enter". */
    public String keysText() {
        return text(keys.get(0));
    }

    /** All the keys, "F1 or Ctrl+/". Only the first of keys that differ only by keyboard (= + on the keypad) show. */
    public String allKeysText() {
        return keys.stream().map(Shortcut::text).distinct().limit(this == TEXT_BIGGER || this == TEXT_SMALLER
                || this == TEXT_RESET ? 1 : keys.size()).collect(Collectors.joining(" or "));
    }

    /** A tooltip's text: what the control does, then its keys in brackets. */
    public String tip(String what) {
        return what + " (" + keysText() + ")";
    }

    static String text(KeyCombination keys) {
        return keys.getDisplayText().replace("Escape", "Esc").replace("↵", "Enter").replace("Back Space",
                "Backspace");
    }

    /**
     * Makes {@code node} run each of {@code actions} on its keys, before the focused control sees them. Every
     * shortcut of {@code area} must have its action, so one cannot be listed on the sheet and not work; an action
     * may decline a key by returning false (Esc in an open list, say), which then goes on to the control.
     */
    public static void install(Node node, Area area, Map<Shortcut, Action> actions) {
        Set<Shortcut> missing = Arrays.stream(values()).filter(s -> s.area == area && !actions.containsKey(s))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No action for " + missing + " in " + area);
        }
        Map<Shortcut, Action> byShortcut = new EnumMap<>(actions);
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<Shortcut, Action> entry : byShortcut.entrySet()) {
                if (entry.getKey().matches(event) && entry.getValue().run(event.getTarget())) {
                    event.consume();
                    return;
                }
            }
        });
    }

    /** What a shortcut does; true when it took the key. */
    @FunctionalInterface
    public interface Action {
        boolean run(EventTarget target);

        /** An action that always takes its key. */
        static Action of(Runnable runnable) {
            return target -> {
                runnable.run();
                return true;
            };
        }
    }
}
