package app.overload.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up figure: the plainest JavaFX window with one table and one chart, started the same way
 * as the app. It prints {@code probe shown} on its first laid-out frame and quits.
 */
public final class PlainWindow extends Application {

    /** A row of the table. */
    public record Row(String date, String summary) {
        public String getDate() {
            return date;
        }

        public String getSummary() {
            return summary;
        }
    }

    @Override
    public void start(Stage stage) {
        TableView<Row> table = new TableView<>();
        TableColumn<Row, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(new PropertyValueFactory<>("date"));
        TableColumn<Row, String> summary = new TableColumn<>("Summary");
        summary.setCellValueFactory(new PropertyValueFactory<>("summary"));
        table.getColumns().add(date);
        table.getColumns().add(summary);
        var rows = FXCollections.<Row>observableArrayList();
        for (int i = 0; i < 30; i++) {
            rows.add(new Row("2026-11-" + (i % 28 + 1), "Back squat 5×5 @ " + (80 + i) + " kg"));
        }
        table.setItems(rows);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < 50; i++) {
            series.getData().add(new XYChart.Data<>(i, 100 + i * 0.5));
        }
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.getData().add(series);
        BorderPane root = new BorderPane(table);
        root.setBottom(chart);
        Scene scene = new Scene(root, 1280, 800);
        boolean[] done = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (!done[0] && !table.getItems().isEmpty()) {
                done[0] = true;
                System.out.println("probe shown");
                System.out.flush();
                Platform.exit();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    /** Started through a class that is not an Application, like the app, so it runs on a plain class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(PlainWindow.class, args);
        }
    }
}
