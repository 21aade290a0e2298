package app.overload.ui.suggest;

import java.util.Locale;

import app.overload.progression.Severity;

/**
 * A volume check or an insight shown beside the suggestions.
 *
 * @param kind the insight's key ("grey-zone", "monotony", …) or "volume"
 */
public record Note(String kind, Severity severity, String text) {

    /** The style class of the severity: "info", "warning" or "strong-warning". */
    public String severityClass() {
        return severity.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A short heading: "Weekly volume", "Grey zone", "Heavy sets, short rest". */
    public String heading() {
        switch (kind) {
            case "volume":
                return "Weekly volume";
            case "grey-zone":
                return "Grey zone";
            case "monotony":
                return "Monotony";
            case "acute-chronic":
                return "Load spike";
            case "short-rest":
                return "Heavy sets, short rest";
            case "unreadable-history":
                return "Unreadable history";
            default:
                return kind;
        }
    }
}
