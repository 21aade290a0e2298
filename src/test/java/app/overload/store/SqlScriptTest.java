package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesCommentsAndTriggerBodies() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x TEXT DEFAULT 'x;y');
                INSERT INTO a VALUES ('it''s; fine');
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    UPDATE a SET x = CASE WHEN x = ';' THEN 'semi' ELSE x END;
                    DELETE FROM a WHERE x IS NULL;
                END;
                """;
        assertThat(SqlScript.statements(script)).hasSize(3)
                .satisfies(s -> assertThat(s.get(2)).startsWith("CREATE TRIGGER").endsWith("END"));
        assertThat(SqlScript.statements(script).get(1)).isEqualTo("INSERT INTO a VALUES ('it''s; fine')");
    }
}
