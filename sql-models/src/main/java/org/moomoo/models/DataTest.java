package org.moomoo.models;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.moomoo.models.sql.SqlNames;

/**
 * A declared data test on a model or a source: a query that returns the failing rows (spec
 * sql-models.md section 4). No row means the test passes.
 *
 * @param kind     not_null, unique, accepted_values, relationships, not_null_proportion,
 *                 unique_combination_of_columns, expression_is_true or groupby_having
 * @param target   the model or source it tests
 * @param column   the column for column tests, else null
 * @param args     the test's arguments from the YAML
 * @param message  what a failure means to the user, a template over the first failing row's columns
 *                 (such as {@code only {{ (share * 100) | round | int }} % ...}); null to report the rows
 * @param location the YAML file, for messages
 */
public record DataTest(
        String kind,
        String target,
        String column,
        Map<String, Object> args,
        Severity severity,
        String message,
        String location) {

    static final List<String> KINDS = List.of(
            "not_null",
            "unique",
            "accepted_values",
            "relationships",
            "not_null_proportion",
            "unique_combination_of_columns",
            "expression_is_true",
            "groupby_having");

    public DataTest {
        args = Map.copyOf(args);
        if (!KINDS.contains(kind)) {
            throw new ModelDefinitionException(location + ": unknown test '" + kind + "' on " + target + " (known: "
                    + String.join(", ", KINDS) + ")");
        }
        boolean columnTest = List.of("not_null", "unique", "accepted_values", "relationships", "not_null_proportion")
                .contains(kind);
        if (columnTest && column == null) {
            throw new ModelDefinitionException(
                    location + ": test '" + kind + "' on " + target + " belongs under a column");
        }
    }

    /** A short name for reports, such as {@code unique(listens.listen_md5)}. */
    public String describe() {
        String subject = column != null ? target + "." + column : target;
        String detail = switch (kind) {
            case "unique_combination_of_columns" -> ", " + String.join("+", stringList("columns"));
            case "expression_is_true" -> ", " + text("expression");
            case "groupby_having" -> ", " + text("group_by") + " having " + text("having");
            case "relationships" -> " -> " + text("to") + "." + text("field");
            default -> "";
        };
        return kind + "(" + subject + detail + ")";
    }

    /**
     * The query returning failing rows.
     *
     * @param relation   the relation under test, schema-qualified
     * @param relationOf the relation of another model or source, for {@code relationships}
     */
    public String failureSql(String relation, UnaryOperator<String> relationOf) {
        String c = column == null ? null : SqlNames.quote(column);
        return switch (kind) {
            case "not_null" -> "select * from " + relation + " where " + c + " is null";
            case "unique" ->
                "select " + c + ", count(*) as n from " + relation + " where " + c + " is not null group by " + c
                        + " having count(*) > 1";
            case "accepted_values" ->
                "select " + c + ", count(*) as n from " + relation + " where " + c
                        + " is not null and " + c + "::text not in ("
                        + stringList("values").stream().map(SqlNames::literal).collect(Collectors.joining(", "))
                        + ") group by " + c;
            case "relationships" ->
                "select child." + c + " from " + relation + " as child where child." + c
                        + " is not null and not exists (select 1 from " + relationOf.apply(text("to"))
                        + " as parent where parent." + SqlNames.quote(text("field")) + " = child." + c + ")";
            case "not_null_proportion" ->
                "select share from (select count(" + c + ")::float8 / nullif(count(*), 0)" + " as share from "
                        + relation + ") as s where share < " + number("at_least");
            case "unique_combination_of_columns" -> {
                String columns =
                        stringList("columns").stream().map(SqlNames::quote).collect(Collectors.joining(", "));
                yield "select " + columns + ", count(*) as n from " + relation + " group by " + columns
                        + " having count(*) > 1";
            }
            case "expression_is_true" -> "select * from " + relation + " where not (" + text("expression") + ")";
            case "groupby_having" ->
                "select " + SqlNames.quote(text("group_by")) + ", count(*) as n from " + relation + " group by "
                        + SqlNames.quote(text("group_by")) + " having not (" + text("having") + ")";
            default -> throw new IllegalStateException(kind);
        };
    }

    private String text(String key) {
        Object value = args.get(key);
        if (value == null) {
            throw new ModelDefinitionException(
                    location + ": test '" + kind + "' on " + target + " needs '" + key + "'");
        }
        return value.toString();
    }

    private double number(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new ModelDefinitionException(
                    location + ": '" + key + "' of test '" + kind + "' on " + target + " must be a number");
        }
    }

    private List<String> stringList(String key) {
        Object value = args.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ModelDefinitionException(
                    location + ": test '" + kind + "' on " + target + " needs a list '" + key + "'");
        }
        return list.stream().map(String::valueOf).toList();
    }
}
