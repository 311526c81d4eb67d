/**
 * Building one model into the build schema: materialising it (table, view, incremental), its
 * declared indexes, its comments from the YAML, and the counts the build summary reports.
 */
package org.moomoo.models.build;
