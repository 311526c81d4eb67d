/**
 * Reading a model project: its files from a folder or the classpath, the YAML descriptions, tests
 * and sources, and what each template refs, reads and configures.
 */
package org.moomoo.models.project;
