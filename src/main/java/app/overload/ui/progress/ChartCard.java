package app.overload.ui.progress;

import java.util.Locale;

import app.overload.analysis.Chart;
import app.overload.analysis.ChartResult;
import app.overload.analysis.ChartSeries;
import app.overload.analysis.Note;
import app.overload.analysis.Tone;
import app.overload.ui.Ems;
import app.overload.ui.TextSize;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One chart with its title, where its numbers come from, a legend, the notes that say what it means, and "Save as
 * PNG…". A chart with nothing to draw shows the reason in its place.
 */
final class ChartCard extends VBox {

    static final double CHART_HEIGHT = 290;

    private final ChartResult result;
    private final Button save = new Button("Save as PNG…", new FontIcon(Feather.DOWNLOAD));
    private final Label status = new Label();

    ChartCard(ChartResult result) {
        this.result = result;
        setId("chart-" + result.id().key());
        getStyleClass().add("chart-card");

        Label title = new Label(result instanceof ChartResult.Data d ? d.chart().title() : result.id().title());
        title.getStyleClass().addAll(Styles.TITLE_4, "chart-title-text");
        Label source = new Label(result.id().source());
        source.getStyleClass().addAll(UiStyles.MUTED, "chart-source");
        source.setWrapText(true);
        VBox heading = new VBox(2, title, source);
        HBox.setHgrow(heading, Priority.ALWAYS);
        save.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setId("save-" + result.id().key());
        save.setDisable(!(result instanceof ChartResult.Data));
        status.getStyleClass().addAll(UiStyles.MUTED, "save-status");
        VBox actions = new VBox(2, save, status);
        actions.setAlignment(Pos.TOP_RIGHT);
        HBox header = new HBox(12, heading, actions);
        getChildren().add(header);

        if (result instanceof ChartResult.Data data) {
            Node chart = ChartNodes.create(data.chart());
            // As tall as 290 px at normal text, taller with larger text, so the axis titles keep their words.
            DoubleBinding height = Ems.of(source).multiply(CHART_HEIGHT / TextSize.BASE_PX);
            ((Region) chart).prefHeightProperty().bind(height);
            ((Region) chart).minHeightProperty().bind(height);
            getChildren().addAll(chart, legend(data.chart()));
            for (Note note : data.chart().notes()) {
                getChildren().add(note(note));
            }
        } else {
            Label reason = new Label(((ChartResult.Missing) result).reason(), new FontIcon(Feather.INFO));
            reason.setWrapText(true);
            reason.getStyleClass().add("chart-missing");
            reason.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(reason);
        }
    }

    ChartResult result() {
        return result;
    }

    Button saveButton() {
        return save;
    }

    /** Shows how saving went, under the button. */
    void saved(String text) {
        status.setText(text);
    }

    private static FlowPane legend(Chart chart) {
        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("chart-legend-row");
        boolean records = false;
        for (ChartSeries s : chart.series()) {
            legend.getChildren().add(item(s.name(), "series-" + s.role(),
                    s.style() == ChartSeries.Style.BARS ? "bar" : s.style() == ChartSeries.Style.DASHED ? "dashed" : "line"));
            records |= s.points().stream().anyMatch(p -> p.record());
        }
        if (records) {
            legend.getChildren().add(item("Record", "record", "star"));
        }
        return legend;
    }

    private static Node item(String name, String role, String shape) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", role, shape);
        Label label = new Label(name, swatch);
        label.getStyleClass().add("legend-item");
        return label;
    }

    private static Node note(Note note) {
        Feather icon = switch (note.tone()) {
            case GOOD -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case BAD -> Feather.ALERT_CIRCLE;
            default -> Feather.INFO;
        };
        Label label = new Label(note.text(), new FontIcon(icon));
        label.setWrapText(true);
        label.getStyleClass().addAll("chart-note", tone(note.tone()));
        return label;
    }

    private static String tone(Tone tone) {
        return "tone-" + tone.name().toLowerCase(Locale.ROOT);
    }
}
