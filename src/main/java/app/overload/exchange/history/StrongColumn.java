package app.overload.exchange.history;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a Strong export and the header names they go by. Strong translates its headers with the app's
 * language; we map English, German, French, Spanish, Italian and Portuguese. Names are compared without case,
 * accents, spaces or punctuation, so "Nome do exercício" and "nome do exercicio" are the same header.
 */
enum StrongColumn {
    DATE("Date", "Datum", "Fecha", "Data"),
    WORKOUT_NAME("Workout Name", "Trainingsname", "Workout-Name", "Name des Trainings", "Nom de l'entraînement",
            "Nom de la séance", "Nombre del entrenamiento", "Nome allenamento", "Nome dell'allenamento",
            "Nome do treino"),
    DURATION("Duration", "Dauer", "Durée", "Duración", "Durata", "Duração"),
    WORKOUT_DURATION("Workout Duration", "Trainingsdauer", "Durée de l'entraînement", "Duración del entrenamiento",
            "Durata allenamento", "Durata dell'allenamento", "Duração do treino"),
    EXERCISE_NAME("Exercise Name", "Übungsname", "Name der Übung", "Nom de l'exercice", "Nombre del ejercicio",
            "Nome esercizio", "Nome dell'esercizio", "Nome do exercício"),
    SET_ORDER("Set Order", "Satzreihenfolge", "Satz-Reihenfolge", "Satz", "Ordre des séries", "Ordre de la série",
            "Orden de la serie", "Orden de series", "Ordine serie", "Ordine della serie", "Ordem da série",
            "Ordem das séries"),
    WEIGHT("Weight", "Gewicht", "Poids", "Peso"),
    WEIGHT_UNIT("Weight Unit", "Gewichtseinheit", "Einheit Gewicht", "Unité de poids", "Unidad de peso",
            "Unità di peso", "Unità peso", "Unidade de peso"),
    REPS("Reps", "Wiederholungen", "Wdh", "Répétitions", "Reps.", "Repeticiones", "Ripetizioni", "Repetições"),
    DISTANCE("Distance", "Distanz", "Strecke", "Distancia", "Distanza", "Distância"),
    DISTANCE_UNIT("Distance Unit", "Distanzeinheit", "Einheit Distanz", "Unité de distance", "Unidad de distancia",
            "Unità di distanza", "Unidade de distância"),
    SECONDS("Seconds", "Sekunden", "Secondes", "Segundos", "Secondi"),
    NOTES("Notes", "Notizen", "Notas", "Note"),
    WORKOUT_NOTES("Workout Notes", "Trainingsnotizen", "Notizen zum Training", "Notes de l'entraînement",
            "Notas del entrenamiento", "Note allenamento", "Note dell'allenamento", "Notas do treino"),
    RPE("RPE");

    private static final Map<String, StrongColumn> BY_KEY = new HashMap<>();

    static {
        for (StrongColumn column : values()) {
            for (String name : column.names) {
                BY_KEY.put(key(name), column);
            }
        }
    }

    private final List<String> names;

    StrongColumn(String... names) {
        this.names = List.of(names);
    }

    String englishName() {
        return names.get(0);
    }

    /** The column a header cell names, or null for one we do not know (it is ignored). */
    static StrongColumn of(String header) {
        return BY_KEY.get(key(header));
    }

    static String key(String header) {
        String ascii = Normalizer.normalize(Texts.plainSpaces(header), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
