/**
 * Rendering: model and test templates through Jinjava, the functions a template may call (refs,
 * sources, config, json_get, the try-casts) and the SQL a model runs in a given build.
 */
package org.moomoo.models.render;
