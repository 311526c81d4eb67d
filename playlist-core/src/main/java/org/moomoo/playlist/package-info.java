/** The playlist domain: similarity engine, generators, collections and their storage. */
package org.moomoo.playlist;
