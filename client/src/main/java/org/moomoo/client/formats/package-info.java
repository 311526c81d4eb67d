/**
 * What the client does with a playlist (spec 8.5): the json, xspf, m3u8 and jspf texts, and
 * handing it to Strawberry.
 */
package org.moomoo.client.formats;
