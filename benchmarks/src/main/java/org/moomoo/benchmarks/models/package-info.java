/** {@code moomoo bench models}: a full build-models run over a dataset generated in the raw tables. */
package org.moomoo.benchmarks.models;
