/**
 * The shared language of evalaudit: the data model, the input readers, the {@link
 * org.evalaudit.core.audit.Check} contract with its runner, and the report renderers. Every other module
 * depends on this one and on nothing else of evalaudit.
 */
package org.evalaudit.core;
