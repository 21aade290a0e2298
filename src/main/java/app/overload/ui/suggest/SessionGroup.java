package app.overload.ui.suggest;

import java.util.List;

import app.overload.domain.Purpose;

/**
 * The suggestions of one planned session, as the panel lists them: "Mon 30 Nov", "Workout B".
 *
 * @param day   the session's date as the panel writes it
 * @param title the planned session's title, or its purpose when it has none
 */
public record SessionGroup(String day, String title, Purpose purpose, List<SuggestionItem> items) {

    public SessionGroup {
        items = List.copyOf(items);
    }
}
