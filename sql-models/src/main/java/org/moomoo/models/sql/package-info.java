/**
 * What every stage of the runner shares to talk to PostgreSQL: quoting, the one place the DDL is
 * written ({@link org.moomoo.models.sql.Ddl}), catalog look-ups and connections in UTC.
 */
package org.moomoo.models.sql;
