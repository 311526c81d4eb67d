/** The SQL model runner: renders model templates, orders them, builds, tests and publishes them. */
package org.moomoo.models;
