/**
 * What every route shares: the JSON envelope, errors as envelopes (never a stack trace or a class
 * name), {@code /ping}, {@code /version}, the request log and the start-up line.
 */
package org.moomoo.api.system;
