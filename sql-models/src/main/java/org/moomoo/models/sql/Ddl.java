package org.moomoo.models.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every statement the runner generates to create, fill, describe, move and grant relations. Callers
 * pass plain names; identifiers are quoted here (and in {@link Relation}), literals too.
 */
public final class Ddl {

    private Ddl() {}

    public static String createSchema(String schema) {
        return "create schema if not exists " + SqlNames.quote(schema);
    }

    public static String dropSchema(String schema) {
        return "drop schema " + SqlNames.quote(schema) + " cascade";
    }

    public static String dropSchemaIfExists(String schema) {
        return "drop schema if exists " + SqlNames.quote(schema) + " cascade";
    }

    public static String dropTableIfExists(Relation table) {
        return "drop table if exists " + table.sql() + " cascade";
    }

    public static String dropViewIfExists(Relation view) {
        return "drop view if exists " + view.sql() + " cascade";
    }

    /** @param kind {@code table}, {@code view} or {@code materialized view} */
    public static String drop(String kind, Relation relation) {
        return "drop " + kind + " " + relation.sql() + " cascade";
    }

    public static String createView(Relation view, String select) {
        return "create view " + view.sql() + " as\n" + select;
    }

    public static String createTableAs(Relation table, String select) {
        return "create table " + table.sql() + " as\n" + select;
    }

    public static String createTableCopying(Relation table, Relation source) {
        return "create table " + table.sql() + " as table " + source.sql();
    }

    /** A temporary table, dropped at commit, holding what {@code select} returns. */
    public static String createBatchTable(String batch, String select) {
        return "create temporary table " + SqlNames.quote(batch) + " on commit drop as\n" + select;
    }

    /** Removes from {@code table} the rows whose {@code key} the batch holds (an incremental model's update). */
    public static String deleteKeysOfBatch(Relation table, String key, String batch) {
        String column = SqlNames.quote(key);
        return "delete from " + table.sql() + " where " + column + " in (select " + column + " from "
                + SqlNames.quote(batch) + ")";
    }

    public static String insertBatch(Relation table, String batch) {
        return "insert into " + table.sql() + " select * from " + SqlNames.quote(batch);
    }

    public static String createIndex(Relation table, String index, List<String> columns, boolean unique) {
        return "create " + (unique ? "unique " : "") + "index " + SqlNames.quote(index) + " on " + table.sql() + " ("
                + columns.stream().map(SqlNames::quote).collect(Collectors.joining(", ")) + ")";
    }

    public static String analyze(Relation table) {
        return "analyze " + table.sql();
    }

    /** @param kind {@code table} or {@code view} */
    public static String commentOn(String kind, Relation relation, String text) {
        return "comment on " + kind + " " + relation.sql() + " is " + SqlNames.literal(text);
    }

    public static String commentOnColumn(Relation relation, String column, String text) {
        return "comment on column " + relation.sql() + "." + SqlNames.quote(column) + " is " + SqlNames.literal(text);
    }

    /** @param kind {@code table} or {@code view} */
    public static String setSchema(String kind, Relation relation, String schema) {
        return "alter " + kind + " " + relation.sql() + " set schema " + SqlNames.quote(schema);
    }

    public static String grantUsage(String schema, String role) {
        return "grant usage on schema " + SqlNames.quote(schema) + " to " + SqlNames.quote(role);
    }

    public static String grantSelect(Relation relation, String role) {
        return "grant select on " + relation.sql() + " to " + SqlNames.quote(role);
    }

    public static String createSequence(Relation sequence) {
        return "create sequence if not exists " + sequence.sql();
    }

    /** The log of published builds: an id, when, and which models. */
    public static String createBuildLog(Relation table) {
        return "create table if not exists " + table.sql() + " (build_id bigserial primary key,"
                + " published_at timestamptz not null default now(), models text[] not null)";
    }

    /** A function that bumps {@code counter} and is always false (so that a CASE falls through to NULL). */
    public static String createCountingFunction(Relation function, Relation counter) {
        return "create or replace function " + function.sql() + "() returns boolean language sql volatile as $$"
                + " select nextval(" + SqlNames.literal(counter.sql()) + ") < 0 $$";
    }
}
