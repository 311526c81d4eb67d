/** Reading the analytic tables the SQL models publish: the schema's name and the retry around rebuilds. */
package org.moomoo.playlist.analytics;
